namespace CqpBot.Storage;

/// <summary>
/// One turn's write: the new state, the version it replaces, and the activity that caused it with the turn's response
/// (its JSON in UTF-8, as the bot wrote it: the store packs those bytes without a string in between).
/// </summary>
public sealed record InterviewWrite(
    string ConversationKey,
    string InterviewId,
    long ExpectedVersion,
    string StateJson,
    InterviewOwner Owner,
    string Status,
    DateTimeOffset At,
    string? ActivityId = null,
    byte[]? Response = null);
