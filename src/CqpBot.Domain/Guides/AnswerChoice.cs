namespace CqpBot.Domain.Guides;

/// <summary>One choice of an answer scale, with the plain words a person may type for it.</summary>
public sealed record AnswerChoice(string Id, string Label, string Level, IReadOnlyList<string> Synonyms)
{
    public AnswerLevel AnswerLevel => Level switch
    {
        "acquis" => Guides.AnswerLevel.Acquis,
        "partiel" => Guides.AnswerLevel.Partiel,
        _ => Guides.AnswerLevel.NonAcquis,
    };
}
