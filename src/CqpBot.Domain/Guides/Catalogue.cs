namespace CqpBot.Domain.Guides;

/// <summary>dialogs/catalogue.json: answer scales, justificatifs, next steps and every CQP the seeds name.</summary>
public sealed record Catalogue(
    string Version,
    IReadOnlyList<AnswerScale> AnswerScales,
    IReadOnlyList<Justificatif> Justificatifs,
    NextSteps NextSteps,
    IReadOnlyList<CqpEntry> Cqps)
{
    public CqpEntry? Cqp(string id) => Cqps.FirstOrDefault(c => c.Id == id);

    public AnswerScale? Scale(string id) => AnswerScales.FirstOrDefault(s => s.Id == id);
}
