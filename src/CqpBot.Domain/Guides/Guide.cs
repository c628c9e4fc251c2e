namespace CqpBot.Domain.Guides;

/// <summary>The entretien d'accueil et d'orientation guide of one CQP, as read from dialogs/{Id}.json.</summary>
public sealed record Guide(
    string Id,
    string Version,
    string Title,
    string UnitLabel,
    string AnswerScale,
    IReadOnlyList<SeedDocument> Sources,
    IReadOnlyList<Bloc> Blocs,
    IReadOnlyList<Note>? Notes = null)
{
    public Bloc? Bloc(string id) => Blocs.FirstOrDefault(b => b.Id == id);

    public IReadOnlyList<Note> NotesOrEmpty => Notes ?? [];

    public int RowCount => Blocs.Sum(b => b.Rows.Count);
}
