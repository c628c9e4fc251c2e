using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Domain.Interview;

/// <summary>
/// The interview state's JSON, generated at compile time: read and written on every turn, by reflection it took a
/// tenth of a turn's CPU; the generated writer takes a quarter of that. It is only used with the default escaping
/// (accents written as \u00E9): a relaxed encoder, as the state had before, makes System.Text.Json fall back to the
/// slow path. Both forms read back the same.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InterviewState))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
