namespace CqpBot.Cards;

/// <summary>
/// What every card action carries back: which interview and which step it was made for (so an old card is refused,
/// never applied) and the button's value. Inputs of the card ("answer", "wish", "value", form fields) are merged beside it.
/// </summary>
public sealed record CardData(string InterviewId, string Step, string? Choice = null);
