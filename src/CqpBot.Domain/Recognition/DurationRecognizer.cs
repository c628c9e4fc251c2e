using System.Text.RegularExpressions;

namespace CqpBot.Domain.Recognition;

/// <summary>
/// Understands the ways people state a length of experience in French:
/// "3 ans", "deux ans et demi", "18 mois", "1 an et 6 mois", "depuis 2019", "de 2015 à 2021", "entre 2015 et 2021".
/// Returns null rather than guessing.
/// </summary>
public static partial class DurationRecognizer
{
    public static Duration? Recognize(string text, DateOnly today)
    {
        // Keep decimal commas ("1,5 an") through normalisation, which turns punctuation into spaces.
        var normalized = FrenchText.Normalize(DecimalComma().Replace(text, "${a}d${b}"));
        return Range(normalized, today) ?? Since(normalized, today) ?? Amount(normalized);
    }

    private static Duration? Range(string text, DateOnly today)
    {
        var match = RangePattern().Match(text);
        if (!match.Success)
            return null;
        var from = int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Value is "aujourd hui" or "maintenant" ? today.Year : int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (from < 1950 || to < from || to > today.Year)
            return null;
        var start = new DateOnly(from, 1, 1);
        // "de 2015 à 2021" counts whole calendar years, up to today when the range ends this year.
        var end = to == today.Year ? today : new DateOnly(to, 12, 31);
        return new Duration(MonthsBetween(start, end), start, end);
    }

    private static Duration? Since(string text, DateOnly today)
    {
        var match = SincePattern().Match(text);
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1950 || year > today.Year)
            return null;
        var start = new DateOnly(year, 1, 1);
        return new Duration(MonthsBetween(start, today), start, today);
    }

    private static Duration? Amount(string text)
    {
        var words = text.Split(' ');
        double years = 0, months = 0;
        var found = false;
        for (var i = 0; i < words.Length; i++)
        {
            var used = FrenchNumbers.Read(words, i, out var value);
            var next = i + used;
            if (used == 0)
            {
                if (words[i] is "demi" or "demie" && found && years > 0 && months == 0)
                    years += 0.5; // "deux ans et demi"
                continue;
            }

            if (next < words.Length && words[next] is "an" or "ans" or "annee" or "annees")
            {
                years += value;
                found = true;
                i = next;
            }
            else if (next < words.Length && words[next] == "mois")
            {
                months += value;
                found = true;
                i = next;
            }
            else if (next + 1 < words.Length && words[next] == "et" && words[next + 1] is "demi" or "demie" && next + 2 < words.Length && words[next + 2] is "an" or "ans")
            {
                years += value + 0.5; // "un et demi an" (rare but said)
                found = true;
                i = next + 2;
            }
        }

        if (!found)
            return null;
        var total = (int)Math.Round(years * 12 + months);
        return total is >= 0 and <= 12 * 60 ? new Duration(total) : null;
    }

    private static int MonthsBetween(DateOnly start, DateOnly end) =>
        Math.Max(0, (end.Year - start.Year) * 12 + end.Month - start.Month + (end.Day >= start.Day ? 0 : -1) + (end.Day == DateTime.DaysInMonth(end.Year, end.Month) && start.Day == 1 ? 1 : 0));

    [GeneratedRegex(@"(?<a>\d)[,.](?<b>\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\b(?:de|entre|depuis)\s+(?:janvier\s+|l annee\s+)?(?<from>(?:19|20)\d\d)\s+(?:a|et|jusqu a|jusqu en)\s+(?<to>(?:19|20)\d\d|aujourd hui|maintenant)\b")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\b(?:depuis|des|en|a partir de)\s+(?:l annee\s+)?(?<year>(?:19|20)\d\d)\b")]
    private static partial Regex SincePattern();
}
