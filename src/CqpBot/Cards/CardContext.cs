namespace CqpBot.Cards;

/// <summary>Who the card is for: Teams gets Universal Actions (Action.Execute + refresh), other channels Action.Submit.</summary>
public sealed record CardContext(string InterviewId, string? UserId, bool UniversalActions)
{
    public AdaptiveAction Button(string title, string step, string? choice, bool validateInputs = false, string? style = null) =>
        UniversalActions
            ? new ExecuteAction { Title = title, Verb = "answer", Data = new CardData(InterviewId, step, choice), AssociatedInputs = validateInputs ? "auto" : "none", Style = style }
            : new SubmitAction { Title = title, Data = new CardData(InterviewId, step, choice), AssociatedInputs = validateInputs ? "auto" : "none", Style = style };

    public CardRefresh? RefreshFor(string step) =>
        UniversalActions && UserId is not null
            ? new CardRefresh(new ExecuteAction { Title = "Actualiser", Verb = "refresh", Data = new CardData(InterviewId, step) }, [UserId])
            : null;
}
