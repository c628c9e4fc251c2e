using System.Globalization;
using System.Text;

namespace CqpBot.Domain.Recognition;

/// <summary>Normalises typed French for matching: lower case, no accents, apostrophes and punctuation as spaces.</summary>
public static class FrenchText
{
    public static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when <paramref name="phrase"/> appears in <paramref name="text"/> as whole words (both normalised).</summary>
    public static bool ContainsWords(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);
}
