namespace CqpBot.Domain.Guides;

/// <summary>An answer scale: Oui / Non / Partiellement (000) or Pas du tout / Partiellement / En totalité (001).</summary>
public sealed record AnswerScale(string Id, IReadOnlyList<AnswerChoice> Choices, Source Source)
{
    public AnswerChoice? Choice(string id) => Choices.FirstOrDefault(c => c.Id == id);
}
