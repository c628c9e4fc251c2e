using CqpBot.Domain.Guides;

namespace CqpBot.Domain.Orientation;

/// <summary>VAE admissibility: admissible only when every criterion is met; each criterion is stated in plain words, met or not.</summary>
public sealed record RecevabiliteResult(
    bool Admissible,
    IReadOnlyList<string> Met,
    IReadOnlyList<string> Unmet,
    IReadOnlyList<Justificatif> MissingJustificatifs);
