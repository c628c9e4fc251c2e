namespace CqpBot.Storage;

/// <summary>Which interviews a reader may list: their own (user or AAD object id) and, when set, their tenant's.</summary>
public sealed record RecordQuery(string? UserId, string? AadObjectId, string? TenantId, int Limit = 500);
