using System.Globalization;

namespace CqpBot.Channel.DirectLine;

/// <summary>Activity ids and watermarks of the embedded Direct Line: both derive from the log's sequence number.</summary>
public static class DirectLineIds
{
    public static string ActivityId(string conversationId, long sequence) => $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A watermark is opaque to clients; ours is a sequence number, anything else reads as "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : 0;
}
