using System.Text.Json;
using CqpBot.Channel;

namespace CqpBot.Bot;

/// <summary>What a turn answered, kept with the write so that a redelivered activity gets the same answer.</summary>
public sealed record StoredTurn(IReadOnlyList<Activity> Replies, InvokeResponse? Invoke)
{
    private static ReadOnlySpan<byte> Start => "{\"replies\":["u8;
    private static ReadOnlySpan<byte> InvokeProperty => "],\"invoke\":"u8;
    private static ReadOnlySpan<byte> EndOfReplies => "]"u8;

    /// <summary>
    /// The stored form, <c>{"replies":[…],"invoke":…}</c> in UTF-8: each reply is written once (<see cref="ActivityJson.Remember"/>),
    /// and the HTTP answer reuses those bytes. Put together in one array of the exact size: built through a growing
    /// buffer, this was the turn's largest allocation (three arrays, ~15 KB for a 3.5 KB response).
    /// </summary>
    public static byte[] Utf8(IReadOnlyList<Activity> replies, InvokeResponse? invoke)
    {
        var json = new ReadOnlyMemory<byte>[replies.Count];
        var length = Start.Length + Math.Max(0, replies.Count - 1) + 1; // the commas and the closing brace
        for (var i = 0; i < replies.Count; i++)
            length += (json[i] = ActivityJson.Remember(replies[i])).Length;
        var invokeJson = invoke is null ? null : JsonSerializer.SerializeToUtf8Bytes(invoke, ProtocolJson.Options);
        length += invokeJson is null ? EndOfReplies.Length : InvokeProperty.Length + invokeJson.Length;

        var stored = new byte[length];
        var rest = stored.AsSpan();
        Append(ref rest, Start);
        for (var i = 0; i < json.Length; i++)
        {
            if (i > 0)
                Append(ref rest, ","u8);
            Append(ref rest, json[i].Span);
        }

        if (invokeJson is null)
            Append(ref rest, EndOfReplies);
        else
        {
            Append(ref rest, InvokeProperty);
            Append(ref rest, invokeJson);
        }

        Append(ref rest, "}"u8);
        if (!rest.IsEmpty)
            throw new InvalidOperationException($"A stored answer was measured {rest.Length} bytes too long.");
        return stored;
    }

    private static void Append(ref Span<byte> rest, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(rest);
        rest = rest[bytes.Length..];
    }
}
