using System.Text.Json;
using System.Text.Json.Nodes;
using CqpBot.Bot;
using CqpBot.Channel;

namespace CqpBot.Api.Tests;

/// <summary>The stored form of a turn's answer: what a redelivered activity is answered with, read back as it was written.</summary>
public sealed class StoredTurnTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void The_stored_answer_is_the_replies_as_sent_and_the_invoke_answer(int replyCount, bool withInvoke)
    {
        var replies = Enumerable.Range(0, replyCount).Select(i => new Activity
        {
            Type = "message",
            Id = $"reply-{i}",
            Text = $"Réponse enregistrée « {i} » — \"suite\"",
            Conversation = new ConversationAccount { Id = "c-1" },
        }).ToList();
        var invoke = withInvoke ? CardActionResponses.Text("La réponse n'a pas été enregistrée.") : null;

        var stored = StoredTurn.Utf8(replies, invoke);

        Assert.Equal(WrittenByUtf8JsonWriter(replies, invoke), stored);
        var node = JsonNode.Parse(stored)!.AsObject(); // well-formed, whole
        Assert.Equal(withInvoke ? ["replies", "invoke"] : ["replies"], node.Select(p => p.Key));
        var read = JsonSerializer.Deserialize<StoredTurn>(stored, ProtocolJson.Options)!;
        Assert.Equal(replies.Select(r => JsonSerializer.Serialize(r, ProtocolJson.Options)), read.Replies.Select(r => JsonSerializer.Serialize(r, ProtocolJson.Options)));
        Assert.Equal(replies.Select(r => r.Json.ToArray()), replies.Select(r => JsonSerializer.SerializeToUtf8Bytes(r, ProtocolJson.Options))); // the bytes the HTTP answer reuses
        Assert.Equal(invoke is null ? null : JsonSerializer.Serialize(invoke, ProtocolJson.Options), read.Invoke is null ? null : JsonSerializer.Serialize(read.Invoke, ProtocolJson.Options));
    }

    /// <summary>The same answer written the general way, property by property.</summary>
    private static byte[] WrittenByUtf8JsonWriter(IReadOnlyList<Activity> replies, InvokeResponse? invoke)
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = ActivityJson.Writer(output))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("replies");
            foreach (var reply in replies)
                JsonSerializer.Serialize(writer, reply, ProtocolJson.Options);
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
