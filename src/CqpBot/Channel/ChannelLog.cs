namespace CqpBot.Channel;

/// <summary>Source-generated logs of the channel layer (Agents-for-net CloudAdapterLog.cs). Never the user's words or name.</summary>
internal static partial class ChannelLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "Running without MicrosoftAppId: channel authentication is OFF (local mode). Set MicrosoftAppId to require channel tokens.")]
    public static partial void AnonymousMode(ILogger logger);

    // Debug: at Information the console sink cost ~10 % of a turn's CPU under load; failures keep their own Warning/Error lines.
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Turn {ConversationHash} {ActivityType} → {Step} ({Status}, {ElapsedMs} ms)")]
    public static partial void Turn(ILogger logger, string conversationHash, string activityType, string step, int status, long elapsedMs);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Request refused with 401: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Signing keys could not be refreshed from {MetadataUrl}: {Error}")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataUrl, string error);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Turn failed for {ConversationHash} ({ActivityType})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string conversationHash, string activityType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Bad activity refused with 400: {Reason}")]
    public static partial void BadActivity(ILogger logger, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Connector call {Method} {Host} failed with {Status}")]
    public static partial void ConnectorFailed(ILogger logger, string method, string host, int status);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Store unavailable for {ConversationHash}: turn not applied")]
    public static partial void StoreUnavailable(ILogger logger, string conversationHash);

    // The exception's type only: its message may quote the channel's answer or the store's.
    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Typing indicator dropped for {ConversationHash} ({Reason}); the turn goes on")]
    public static partial void TypingDropped(ILogger logger, string conversationHash, string reason);
}
