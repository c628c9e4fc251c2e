namespace CqpBot.Domain.Interview;

/// <summary>The answer recorded for one guide row, and the "Complément de formation souhaité".</summary>
public sealed record RowAnswer(string Choice, string? Wish = null);
