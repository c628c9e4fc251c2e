using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>
/// A user talking to the bot over /api/messages with deliveryMode expectReplies: what a test reads is what the
/// channel would show (cards and texts).
/// </summary>
public sealed class BotConversation(HttpClient http, string channelId, string userId, string? conversationId = null)
{
    private int sequence;

    public HttpClient Http { get; } = http;

    public string ConversationId { get; } = conversationId ?? "conv-" + Guid.NewGuid().ToString("N");

    public string ChannelId { get; } = channelId;

    public string UserId { get; } = userId;

    public HttpStatusCode LastStatus { get; private set; }

    public IReadOnlyList<JsonObject> Replies { get; private set; } = [];

    public JsonObject LastActivity => Replies.Last(r => (string?)r["type"] == "message");

    /// <summary>The last Adaptive Card the bot sent.</summary>
    public JsonObject LastCard => Replies.Where(r => r["attachments"] is JsonArray).Select(r => r["attachments"]![0]!["content"]!.AsObject()).Last();

    /// <summary>Everything the bot said in the last turn, texts and card texts, for assertions.</summary>
    public string Text => string.Join("\n", Replies.Select(r => (string?)r["text"] ?? "").Concat(Replies.Where(r => r["attachments"] is JsonArray).SelectMany(r => CardTexts(r["attachments"]![0]!["content"]!))));

    public JsonObject NewActivity(string type = "message")
    {
        var id = $"act-{++sequence}-{Guid.NewGuid():N}";
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = ChannelId,
            ["serviceUrl"] = "http://127.0.0.1:1",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Utilisateur", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "cqpbot", ["name"] = "CqpBot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["locale"] = "fr-FR",
        };
    }

    public Task<BotConversation> Join(string? mode = null)
    {
        var activity = NewActivity("event");
        activity["name"] = "webchat/join";
        if (mode is not null)
            activity["value"] = new JsonObject { ["mode"] = mode };
        return Send(activity);
    }

    /// <summary>A candidate on the web page: joins in self-assessment, accepts the data statement and picks a CQP (its presentation comes next).</summary>
    public async Task<BotConversation> ChooseCqp(string title)
    {
        await Join("auto");
        await Click("J'accepte");
        await Click("Continuer");
        return await Click(title);
    }

    public Task<BotConversation> Say(string text)
    {
        var activity = NewActivity();
        activity["text"] = text;
        return Send(activity);
    }

    /// <summary>Clicks a button of the last card, by its title (Action.Submit: the data comes back as the message value).</summary>
    public Task<BotConversation> Click(string title, IDictionary<string, string>? inputs = null)
    {
        var data = FindAction(LastCard, title)?["data"]?.DeepClone().AsObject() ?? throw new InvalidOperationException($"No button '{title}' in the last card: {Text}");
        foreach (var (key, value) in inputs ?? new Dictionary<string, string>())
            data[key] = value;
        var activity = NewActivity();
        activity["value"] = data;
        return Send(activity);
    }

    public async Task<BotConversation> Send(JsonObject activity)
    {
        using var response = await Http.PostAsJsonAsync("/api/messages", activity);
        LastStatus = response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        Replies = body.Length > 0 && JsonNode.Parse(body) is JsonObject o && o["activities"] is JsonArray a
            ? a.Select(x => x!.AsObject()).ToList()
            : [];
        return this;
    }

    public static JsonObject? FindAction(JsonNode card, string title)
    {
        foreach (var node in Walk(card))
        {
            if (node is JsonObject o && ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true && (string?)o["title"] == title)
                return o;
        }

        return null;
    }

    public static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null)
            yield break;
        yield return node;
        if (node is JsonObject o)
        {
            foreach (var (_, child) in o)
            {
                foreach (var n in Walk(child))
                    yield return n;
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                foreach (var n in Walk(child))
                    yield return n;
            }
        }
    }

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON as a person reads it: accents as themselves, not \u00E9, so that text assertions can fail.</summary>
    public static string Plain(JsonNode? node) => node?.ToJsonString(Unescaped) ?? "";

    private static IEnumerable<string> CardTexts(JsonNode card) =>
        Walk(card).OfType<JsonObject>().SelectMany(o => new[] { (string?)o["text"], (string?)o["title"], (string?)o["label"] }).OfType<string>();
}
