using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Domain.Interview;

/// <summary>How an interview state is stored (the domain owns its shape, the host only keeps the string): compact JSON, enums as names so that a reordered enum cannot change old states.</summary>
public static class StateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Accents as themselves: a smaller state; it is never embedded in a page.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(InterviewState state) => JsonSerializer.Serialize(state, Options);

    public static InterviewState Read(string json)
    {
        var state = JsonSerializer.Deserialize<InterviewState>(json, Options) ?? throw new JsonException("Empty interview state.");
        // Version 1 is the first stored shape; later versions upgrade older states here.
        return state.SchemaVersion <= InterviewState.CurrentSchemaVersion ? state with { SchemaVersion = InterviewState.CurrentSchemaVersion } : state;
    }
}
