namespace CqpBot.Domain.Recognition;

/// <summary>
/// Maps typed text to one of the offered choices: its value, its label, a synonym, or its number in the list.
/// The longest matching phrase wins ("pas du tout" over "tout"); a tie between choices is no answer, never a guess.
/// </summary>
public static class ChoiceRecognizer
{
    public static Choice? Recognize(string text, IReadOnlyList<Choice> choices)
    {
        var normalized = FrenchText.Normalize(text);
        if (normalized.Length == 0)
            return null;

        var exact = choices.FirstOrDefault(c => FrenchText.Normalize(c.Value) == normalized || FrenchText.Normalize(c.Label) == normalized);
        if (exact is not null)
            return exact;

        if (ByNumber(normalized, choices) is { } numbered)
            return numbered;

        var best = choices
            .Select(c => (Choice: c, Length: Phrases(c).Where(p => FrenchText.ContainsWords(normalized, p)).Select(p => p.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Length > 0)
            .OrderByDescending(x => x.Length)
            .ToList();
        if (best.Count == 0)
            return null;
        if (best.Count > 1 && best[1].Length == best[0].Length)
            return null;

        // A shorter phrase inside the winner's phrase is not a competitor ("tout" inside "pas du tout").
        var winner = best[0];
        var winnerPhrases = Phrases(winner.Choice).Where(p => FrenchText.ContainsWords(normalized, p)).ToList();
        var rivals = best.Skip(1).Where(r => Phrases(r.Choice)
            .Where(p => FrenchText.ContainsWords(normalized, p))
            .Any(p => !winnerPhrases.Any(w => FrenchText.ContainsWords(w, p))));
        return rivals.Any() ? null : winner.Choice;
    }

    /// <summary>Several choices at once ("téléphone et face à face", "1, 3"); empty when nothing is recognised.</summary>
    public static IReadOnlyList<Choice> RecognizeMany(string text, IReadOnlyList<Choice> choices)
    {
        var normalized = FrenchText.Normalize(text);
        var found = new List<Choice>();
        var words = normalized.Split(' ');
        foreach (var word in words)
        {
            if (int.TryParse(word, out var n) && n >= 1 && n <= choices.Count && !found.Contains(choices[n - 1]))
                found.Add(choices[n - 1]);
        }

        foreach (var choice in choices.Where(c => !found.Contains(c)))
        {
            if (Phrases(choice).Any(p => FrenchText.ContainsWords(normalized, p)))
                found.Add(choice);
        }

        return choices.Where(found.Contains).ToList();
    }

    private static Choice? ByNumber(string normalized, IReadOnlyList<Choice> choices)
    {
        var words = normalized.Split(' ');
        // "2", "le 2", "choix 2", "deux", "la deuxieme"
        var candidates = words.Where(w => w is not ("le" or "la" or "choix" or "numero" or "reponse")).ToList();
        if (candidates.Count != 1)
            return null;
        var used = FrenchNumbers.Read(candidates, 0, out var value);
        if (used == 0 || value % 1 != 0 || value < 1 || value > choices.Count)
            return null;
        return choices[(int)value - 1];
    }

    private static IEnumerable<string> Phrases(Choice choice) =>
        new[] { choice.Label, choice.Value }.Concat(choice.Synonyms ?? []).Select(FrenchText.Normalize).Where(p => p.Length > 0).Distinct();
}
