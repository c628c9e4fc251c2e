namespace CqpBot.Domain.Guides.Loading;

/// <summary>Catalogue rules beyond the schema: unique ids, unambiguous synonyms, guides that exist.</summary>
internal static class CatalogueSemantics
{
    public static IEnumerable<(string Path, string Message)> Check(Catalogue catalogue, IReadOnlySet<string>? guideFiles)
    {
        var cqpIds = new HashSet<string>();
        for (var i = 0; i < catalogue.Cqps.Count; i++)
        {
            var cqp = catalogue.Cqps[i];
            if (!cqpIds.Add(cqp.Id))
                yield return ($"$.cqps[{i}].id", $"duplicate id '{cqp.Id}'");
            if (guideFiles is not null && cqp.Guide is not null && !guideFiles.Contains(cqp.Guide))
                yield return ($"$.cqps[{i}].guide", $"guide '{cqp.Guide}' not found: no file dialogs/{cqp.Guide}.json");
        }

        for (var s = 0; s < catalogue.AnswerScales.Count; s++)
        {
            var scale = catalogue.AnswerScales[s];
            if (scale.Choices.All(c => c.AnswerLevel != AnswerLevel.Acquis))
                yield return ($"$.answerScales[{s}].choices", $"scale '{scale.Id}' has no choice of level 'acquis'");
            var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < scale.Choices.Count; c++)
            {
                var choice = scale.Choices[c];
                foreach (var word in choice.Synonyms.Append(choice.Label))
                {
                    if (words.TryGetValue(word, out var other) && other != choice.Id)
                        yield return ($"$.answerScales[{s}].choices[{c}].synonyms", $"'{word}' would mean both '{other}' and '{choice.Id}'");
                    words[word] = choice.Id;
                }
            }
        }
    }
}
