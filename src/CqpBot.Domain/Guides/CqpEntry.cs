namespace CqpBot.Domain.Guides;

/// <summary>A CQP of the branch's catalogue; <see cref="Guide"/> is null when no référentiel is in dialogs/.</summary>
public sealed record CqpEntry(
    string Id,
    string Title,
    IReadOnlyList<string> EstCapableDe,
    CoeurDeMetier CoeurDeMetier,
    RecevabiliteRule Recevabilite,
    SourcedText Jury,
    string? Guide,
    Source Source);
