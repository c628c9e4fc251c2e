using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Domain.Interview;

/// <summary>How an interview state is stored (the domain owns its shape, the host only keeps the string): compact JSON, enums as names so that a reordered enum cannot change old states.</summary>
public static class StateJson
{
    /// <summary>Writing: the compiled writer (<see cref="StateJsonContext"/>); other types (tests render outputs with these options) by reflection.</summary>
    public static readonly JsonSerializerOptions Options = new(StateJsonContext.Default.Options)
    {
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(StateJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    /// <summary>
    /// Reading by reflection, as before: the generated reader sets init-only properties through one object initializer,
    /// so a property missing from an older state would come back null instead of its default (dotnet/runtime#84484),
    /// and it was no faster. Same names and enum form as <see cref="Options"/>; either escaping reads back.
    /// </summary>
    private static readonly JsonSerializerOptions Reading = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(InterviewState state) => JsonSerializer.Serialize(state, Options);

    public static InterviewState Read(string json)
    {
        var state = JsonSerializer.Deserialize<InterviewState>(json, Reading) ?? throw new JsonException("Empty interview state.");
        // Version 1 is the first stored shape; later versions upgrade older states here.
        return state.SchemaVersion <= InterviewState.CurrentSchemaVersion ? state with { SchemaVersion = InterviewState.CurrentSchemaVersion } : state;
    }
}
