using System.Text.Json;

namespace CqpBot.Channel;

/// <summary>Activities written to JSON once per turn: the bytes go to the stored response and to the HTTP answer.</summary>
public static class ActivityJson
{
    /// <summary>Writes the activity (after its last change) and keeps the bytes on it; returns them.</summary>
    public static ReadOnlyMemory<byte> Remember(Activity activity)
    {
        activity.Json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        return activity.Json;
    }

    /// <summary>A writer with the protocol's escaping (accents as themselves).</summary>
    public static Utf8JsonWriter Writer(System.Buffers.IBufferWriter<byte> output) =>
        new(output, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder, MaxDepth = ProtocolJson.Options.MaxDepth });
}
