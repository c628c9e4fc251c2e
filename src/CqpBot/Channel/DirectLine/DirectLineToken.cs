namespace CqpBot.Channel.DirectLine;

/// <summary>What an embedded Direct Line token grants: one conversation, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, DateTimeOffset ExpiresAt);
