using CqpBot.Channel;

namespace CqpBot.Bot;

/// <summary>What a turn answered, kept with the write so that a redelivered activity gets the same answer.</summary>
public sealed record StoredTurn(IReadOnlyList<Activity> Replies, InvokeResponse? Invoke);
