using System.Text;
using System.Text.Json.Nodes;

namespace CqpBot.Abuse.Tests.Fuzz;

/// <summary>
/// Turns real activities into hostile ones, reproducibly from a seed: fields removed, wrong types, huge strings,
/// unknown ids, card payloads of other interviews, invalid UTF-8, deep nesting, wrong content types. Conversation
/// ids are drawn from the fuzzer's own pool, so that any change to another conversation is a leak, not the test; replies
/// not expected inline go to a live connector (<paramref name="serviceUrl"/>), as Azure's would be.
/// </summary>
public sealed class ActivityMutator(int seed, CapturedTraffic traffic, IReadOnlyList<string> conversationIds, string serviceUrl)
{
    private static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16", ""];

    private static readonly string[] ActivityTypes =
        ["message", "event", "invoke", "conversationUpdate", "installationUpdate", "typing", "endOfConversation", "messageReaction", "trace", "handoff", "", "MESSAGE", "message\u0000"];

    private readonly Random random = new(seed);

    public JsonObject Activity()
    {
        var activity = traffic.Activities[random.Next(traffic.Activities.Count)].DeepClone().AsObject();
        activity["id"] = $"fuzz-{random.Next():x}";
        activity["conversation"] = new JsonObject { ["id"] = conversationIds[random.Next(conversationIds.Count)] };
        activity["serviceUrl"] = serviceUrl;
        for (int i = 0, n = 1 + random.Next(3); i < n; i++)
            Mutate(activity);
        return activity;
    }

    /// <summary>The body bytes, the content type and a label of what was spoiled.</summary>
    public (string? ContentType, byte[] Body, string Mutation) Body(JsonObject activity)
    {
        var json = activity.ToJsonString();
        return random.Next(10) switch
        {
            0 => (Pick(ContentTypes), Encoding.UTF8.GetBytes(json), "content type"),
            1 => ("application/json", InvalidUtf8(json), "invalid UTF-8"),
            2 => ("application/json", Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]), "truncated JSON"),
            3 => ("application/json", Encoding.UTF8.GetBytes(Nested(json)), "deep nesting"),
            _ => ("application/json", Encoding.UTF8.GetBytes(json), "mutated fields"),
        };
    }

    private void Mutate(JsonObject activity)
    {
        switch (random.Next(9))
        {
            case 0:
                RemoveField(activity);
                break;
            case 1:
                ReplaceNode(activity, WrongType());
                break;
            case 2:
                ReplaceNode(activity, new string(Pick(['é', 'a', '\u202e', '\uD834', '<', '"']), random.Next(5_000, 150_000)));
                break;
            case 3:
                Set(activity, Pick(["from", "recipient", "conversation"]), new JsonObject { ["id"] = UnknownId() });
                break;
            case 4:
                activity["value"] = traffic.CardPayloads[random.Next(traffic.CardPayloads.Count)].DeepClone(); // another interview's card
                break;
            case 5:
                activity["type"] = Pick(ActivityTypes);
                break;
            case 6:
                activity["text"] = Pick(["", " ", "\u0000", "retour", "supprimer mes données", "exporter", "{{card}}", "' OR 1=1 --", new string('x', 5000)]);
                break;
            case 7:
                if (activity["value"] is JsonObject value && value.Count > 0)
                    value[value.ElementAt(random.Next(value.Count)).Key] = Pick<JsonNode?>([UnknownId(), 42, null, new JsonArray(), "../../etc/passwd"]);
                break;
            default:
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UnknownId() }, WrongType());
                break;
        }
    }

    private void RemoveField(JsonObject activity)
    {
        var (parent, key) = RandomPlace(activity);
        parent.Remove(key);
    }

    private void ReplaceNode(JsonObject activity, JsonNode? replacement)
    {
        var (parent, key) = RandomPlace(activity);
        parent[key] = replacement;
    }

    /// <summary>A random property anywhere in the activity (a top-level one half of the time).</summary>
    private (JsonObject Parent, string Key) RandomPlace(JsonObject activity)
    {
        var parent = activity;
        while (random.Next(2) == 0 && parent.Where(p => p.Value is JsonObject { Count: > 0 }).ToList() is { Count: > 0 } objects)
            parent = objects[random.Next(objects.Count)].Value!.AsObject();
        return parent.Count == 0 ? (activity, "type") : (parent, parent.ElementAt(random.Next(parent.Count)).Key);
    }

    private static void Set(JsonObject activity, string key, JsonNode value) => activity[key] = value;

    private JsonNode? WrongType() => random.Next(7) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next()),
        2 => JsonValue.Create(random.NextDouble() * 1e300),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => new JsonArray(1, "deux", null),
        5 => new JsonObject { ["unexpected"] = new JsonObject() },
        _ => JsonValue.Create(UnknownId()),
    };

    private string UnknownId() => Pick(["", "unknown-" + random.Next(), "a:b;c", new string('9', 2000), "\u0000", "conv-" + Guid.NewGuid().ToString("N")]);

    private byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var at = random.Next(bytes.Count);
        bytes.InsertRange(at, Pick<byte[]>([[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82]]));
        return [.. bytes];
    }

    /// <summary>The activity with a value nested thousands of levels deep (arrays or objects).</summary>
    private string Nested(string json)
    {
        var depth = random.Next(50, 20_000);
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        return json.Insert(1, "\"value\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + ",");
    }

    private T Pick<T>(IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
