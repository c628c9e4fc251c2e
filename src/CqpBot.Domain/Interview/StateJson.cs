using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Domain.Interview;

/// <summary>How an interview state is stored (the domain owns its shape, the host only keeps the string): compact JSON, enums as names so that a reordered enum cannot change old states.</summary>
public static class StateJson
{
    public static readonly JsonSerializerOptions Options = new(StateJsonContext.Default.Options)
    {
        // Other types (tests render outputs with these options) by reflection.
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(StateJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    public static string Write(InterviewState state) => JsonSerializer.Serialize(state, Options);

    public static InterviewState Read(string json)
    {
        var state = JsonSerializer.Deserialize<InterviewState>(json, Options) ?? throw new JsonException("Empty interview state.");
        // Version 1 is the first stored shape; later versions upgrade older states here.
        return state.SchemaVersion <= InterviewState.CurrentSchemaVersion ? state with { SchemaVersion = InterviewState.CurrentSchemaVersion } : state;
    }
}
