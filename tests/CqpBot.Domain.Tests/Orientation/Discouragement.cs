using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>001 "Conclusion": never a word that would push an admissible candidate away from VAE.</summary>
public static class Discouragement
{
    private static readonly string[] Words =
    [
        "deconseill", "impossible", "pas recommande", "decourag", "inutile", "dissuad", "eviter la vae", "ne pas deposer", "trop risque", "peu de chances",
    ];

    public static void AssertNone(string text)
    {
        var normalized = FrenchText.Normalize(text);
        foreach (var word in Words)
            Assert.False(normalized.Contains(word, StringComparison.Ordinal), $"« {text} » discourages VAE ({word}).");
    }
}
