using CqpBot.Cards;
using CqpBot.Domain.Interview;

namespace CqpBot.Bot;

/// <summary>The read-only card that replaces an answered one in Teams, so the same card cannot answer twice.</summary>
public static class AnsweredCards
{
    public static AdaptiveCard Recorded(string stepKey, InterviewState state, IGuideSource guides)
    {
        var parts = stepKey.Split(':', 2);
        var recorded = parts[0] == nameof(StepKind.Row) && parts.Length == 2 && state.Answers.TryGetValue(parts[1], out var answer)
            ? $"✓ Réponse enregistrée : {Label(answer.Choice, state, guides)}" + (string.IsNullOrEmpty(answer.Wish) ? "" : $" — complément souhaité : {answer.Wish}")
            : "✓ Réponse enregistrée";
        return new AdaptiveCard
        {
            Body = [new TextBlock { Text = recorded, Color = "Good", Weight = "Bolder" }, new TextBlock { Text = "La question suivante est affichée ci-dessous.", IsSubtle = true, Size = "Small" }],
            FallbackText = recorded,
        };
    }

    /// <summary>The choice as the interviewer picked it (« En totalité »), not its id in the scale.</summary>
    private static string Label(string choice, InterviewState state, IGuideSource guides)
    {
        var guide = state.CqpId is null ? null : guides.Find(state.CqpId, state.GuideFingerprint)?.Guide;
        return guide is null ? choice : guides.Library.Catalogue.Scale(guide.AnswerScale)?.Choice(choice)?.Label ?? choice;
    }
}
