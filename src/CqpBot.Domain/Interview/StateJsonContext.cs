using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Domain.Interview;

/// <summary>
/// The interview state's JSON writer, generated at compile time: the state is written on every turn, and by reflection
/// that took ~6 % of a turn's CPU; the generated writer takes a quarter of that. System.Text.Json only uses it with the
/// default escaping (accents written as \u00E9; the relaxed encoder the state had before sends it back to the slow
/// path). Reading stays by reflection (see <see cref="StateJson"/>), and reads both forms the same.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InterviewState))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
