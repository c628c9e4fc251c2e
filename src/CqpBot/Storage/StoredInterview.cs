namespace CqpBot.Storage;

/// <summary>An interview as stored: the engine's state as JSON, its version, and who may see it.</summary>
public sealed record StoredInterview(
    string ConversationKey,
    string InterviewId,
    long Version,
    string StateJson,
    InterviewOwner Owner,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
