using System.Text.Json;
using CqpBot.Channel;

namespace CqpBot.Bot;

/// <summary>What a turn answered, kept with the write so that a redelivered activity gets the same answer.</summary>
public sealed record StoredTurn(IReadOnlyList<Activity> Replies, InvokeResponse? Invoke)
{
    /// <summary>
    /// The stored form, <c>{"replies":[…],"invoke":…}</c> in UTF-8: each reply is written once (<see cref="ActivityJson.Remember"/>),
    /// and the HTTP answer reuses those bytes.
    /// </summary>
    public static byte[] Utf8(IReadOnlyList<Activity> replies, InvokeResponse? invoke)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = ActivityJson.Writer(output))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("replies");
            foreach (var reply in replies)
                writer.WriteRawValue(ActivityJson.Remember(reply).Span, skipInputValidation: true);
            writer.WriteEndArray();
            if (invoke is not null)
            {
                writer.WritePropertyName("invoke");
                JsonSerializer.Serialize(writer, invoke, ProtocolJson.Options);
            }

            writer.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }
}
