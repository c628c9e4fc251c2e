using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Channel;

/// <summary>The Bot Framework Activity (botframework-schema; Agents-for-net Models/Activity.cs): only the fields CqpBot uses.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Locale { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public JsonElement? Value { get; set; }
    public string? ValueType { get; set; }
    public string? DeliveryMode { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>
    /// This activity as JSON, when the bot has already written it (to store the turn's response): the HTTP answer
    /// of expectReplies then copies these bytes instead of serialising the cards a second time. Empty when not written.
    /// Only that answer reads it (the connectors serialise what they send themselves); whoever changes a written
    /// activity that may go back in an expectReplies answer must write it again (<see cref="ActivityJson.Remember"/>).
    /// </summary>
    [JsonIgnore]
    public ReadOnlyMemory<byte> Json { get; internal set; }

    /// <summary>A reply: from and recipient swapped, same conversation, channel and service URL (protocol.md §1).</summary>
    public Activity CreateReply(string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Timestamp = DateTimeOffset.UtcNow,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name, Role = "bot" },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, Role = "user", AadObjectId = From.AadObjectId },
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        ReplyToId = Id,
        Locale = Locale,
    };

    [JsonIgnore]
    public bool ExpectsReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
}
