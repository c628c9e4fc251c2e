using System.Text.Json;

namespace CqpBot.Channel;

/// <summary>Activities written to JSON once per turn: for the stored response and again for the HTTP answer.</summary>
public static class ActivityJson
{
    /// <summary>Writes the activity (after its last change) and keeps the bytes on it; returns them.</summary>
    public static ReadOnlyMemory<byte> Remember(Activity activity)
    {
        activity.Json = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        return activity.Json;
    }

    /// <summary>The activity's JSON: the bytes kept by <see cref="Remember"/>, else serialised now.</summary>
    public static void Write(Utf8JsonWriter writer, Activity activity)
    {
        if (activity.Json.IsEmpty)
            JsonSerializer.Serialize(writer, activity, ProtocolJson.Options);
        else
            writer.WriteRawValue(activity.Json.Span, skipInputValidation: true);
    }

    /// <summary>A writer with the protocol's escaping (accents as themselves).</summary>
    public static Utf8JsonWriter Writer(System.Buffers.IBufferWriter<byte> output) =>
        new(output, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder, MaxDepth = ProtocolJson.Options.MaxDepth });
}
