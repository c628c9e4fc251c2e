namespace CqpBot.Domain.Recognition;

/// <summary>Reads numbers written in digits or in French words ("deux", "vingt-quatre", "cent vingt", "un et demi").</summary>
public static class FrenchNumbers
{
    private static readonly Dictionary<string, int> Units = new()
    {
        ["zero"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000,
        ["premier"] = 1, ["premiere"] = 1, ["deuxieme"] = 2, ["second"] = 2, ["seconde"] = 2, ["troisieme"] = 3,
        ["quatrieme"] = 4, ["cinquieme"] = 5, ["sixieme"] = 6, ["septieme"] = 7, ["huitieme"] = 8, ["neuvieme"] = 9, ["dixieme"] = 10,
    };

    /// <summary>Reads a number from normalised words starting at <paramref name="index"/>; returns the words consumed (0 if none).</summary>
    public static int Read(IReadOnlyList<string> words, int index, out double value)
    {
        value = 0;
        if (index >= words.Count)
            return 0;
        if (double.TryParse(words[index].Replace(',', '.').Replace('d', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            value = digits;
            return 1;
        }

        var total = 0;
        var current = 0;
        var used = 0;
        for (var i = index; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "et" && used > 0 && i + 1 < words.Count && words[i + 1] is "un" or "une" && current >= 20)
                continue; // "vingt et un"
            if (!Units.TryGetValue(word, out var n))
                break;
            used = i - index + 1;
            if (n == 100)
                current = Math.Max(current, 1) * 100;
            else if (n == 1000)
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else if (n == 20 && i > index && words[i - 1] == "quatre")
                current = current - 4 + 80; // quatre-vingt
            else
                current += n;
        }

        value = total + current;
        return used;
    }
}
