namespace CqpBot.Domain.Orientation;

/// <summary>The conclusion of an interview: per-bloc orientation, VAE admissibility and the next step.</summary>
public sealed record OrientationResult(
    IReadOnlyList<BlocOrientation> Blocs,
    RecevabiliteResult Recevabilite,
    bool WholeCqp,
    string NextStep);
