namespace CqpBot.Storage;

/// <summary>The store cannot be reached: the turn is not applied and the user is asked to retry.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
