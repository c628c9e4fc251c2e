namespace CqpBot.Domain.Orientation;

/// <summary>The three ways to a bloc (000 "Conclusion et bilan de l'entretien").</summary>
public enum OrientationKind
{
    Formation,
    EvaluationDirecte,
    Vae,
}
