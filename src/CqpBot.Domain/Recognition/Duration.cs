namespace CqpBot.Domain.Recognition;

/// <summary>A length of experience in months; <see cref="End"/> is set when the candidate gave dates, so a window can be checked.</summary>
public sealed record Duration(int Months, DateOnly? Start = null, DateOnly? End = null);
