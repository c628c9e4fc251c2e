namespace CqpBot.Domain.Orientation;

/// <summary>The French names of the orientations, as the guides word them.</summary>
public static class OrientationLabels
{
    public static string Label(OrientationKind kind) => kind switch
    {
        OrientationKind.Formation => "Parcours de formation individualisé",
        OrientationKind.EvaluationDirecte => "Évaluation directe, sans formation",
        _ => "Validation des acquis de l'expérience (VAE)",
    };

    public static string Short(OrientationKind kind) => kind switch
    {
        OrientationKind.Formation => "Formation",
        OrientationKind.EvaluationDirecte => "Évaluation directe",
        _ => "VAE",
    };
}
