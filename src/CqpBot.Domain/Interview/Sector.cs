namespace CqpBot.Domain.Interview;

/// <summary>Where the experience was acquired: the Mutualité sector, a close sector (assurance, santé, prévoyance...), or another.</summary>
public static class Sector
{
    public const string Mutualite = "mutualite";
    public const string Proche = "proche";
    public const string Autre = "autre";
}
