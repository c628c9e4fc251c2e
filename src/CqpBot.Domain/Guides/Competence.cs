namespace CqpBot.Domain.Guides;

/// <summary>A competence of the référentiel de compétences (or a savoir-faire / savoir in the older guides).</summary>
public sealed record Competence(
    string Id,
    string Text,
    Source Source,
    string? Activity = null,
    string? Kind = null,
    IReadOnlyList<Criterion>? Criteria = null)
{
    public IReadOnlyList<Criterion> CriteriaOrEmpty => Criteria ?? [];
}
