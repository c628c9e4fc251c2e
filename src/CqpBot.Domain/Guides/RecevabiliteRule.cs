namespace CqpBot.Domain.Guides;

/// <summary>The VAE admissibility rule of a CQP (001 §3.3): duration, window, sectors, nature, statuses, extra conditions.</summary>
public sealed record RecevabiliteRule(
    int MinimumMonths,
    int? WindowMonths,
    IReadOnlyList<string> Sectors,
    string Nature,
    IReadOnlyList<RecevabiliteCondition> Conditions,
    IReadOnlyList<string> Statuses,
    Source Source,
    IReadOnlyList<SourcedText>? Notes = null);
