namespace CqpBot.Storage;

/// <summary>Who conducted or owns an interview: the channel user, and for Teams the AAD object id and tenant.</summary>
public sealed record InterviewOwner(string ChannelId, string UserId, string? AadObjectId = null, string? TenantId = null);
