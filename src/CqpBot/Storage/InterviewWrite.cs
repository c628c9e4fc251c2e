namespace CqpBot.Storage;

/// <summary>One turn's write: the new state, the version it replaces, and the activity (and response) that caused it.</summary>
public sealed record InterviewWrite(
    string ConversationKey,
    string InterviewId,
    long ExpectedVersion,
    string StateJson,
    InterviewOwner Owner,
    string Status,
    DateTimeOffset At,
    string? ActivityId = null,
    string? ResponseJson = null);
