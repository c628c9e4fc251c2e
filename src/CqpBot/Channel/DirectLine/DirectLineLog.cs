namespace CqpBot.Channel.DirectLine;

internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Direct Line stream stopped: the store is unavailable")]
    public static partial void StreamStoreUnavailable(ILogger logger);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Direct Line request refused with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Direct Line reconnect answered without the store, which is unavailable: the stream will be refused until it is back")]
    public static partial void ReconnectStoreUnavailable(ILogger logger);
}
