namespace CqpBot.Domain.Guides;

/// <summary>A bloc de compétences (a "domaine" in the older guide): a unit that can be validated on its own.</summary>
public sealed record Bloc(
    string Id,
    int Number,
    string Title,
    Source Source,
    IReadOnlyList<Activity> Activities,
    IReadOnlyList<Competence> Competences,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<AnswerRow> Rows,
    IReadOnlyList<BlocNumbering>? Numbering = null,
    IReadOnlyList<Note>? Notes = null,
    Evaluation? Evaluation = null,
    IReadOnlyList<Criterion>? Criteria = null)
{
    public Competence Competence(string id) => Competences.First(c => c.Id == id);

    public Question Question(string id) => Questions.First(q => q.Id == id);

    public AnswerRow? Row(string id) => Rows.FirstOrDefault(r => r.Id == id);

    public IReadOnlyList<Note> NotesOrEmpty => Notes ?? [];

    public IReadOnlyList<Criterion> CriteriaOrEmpty => Criteria ?? [];
}
