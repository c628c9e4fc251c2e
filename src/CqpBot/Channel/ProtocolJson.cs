using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Channel;

/// <summary>
/// Activity JSON: camelCase, nulls omitted (botframework-schema serialisation). French text is written as itself
/// (« é », not \u00E9): the JSON goes to channels and the store, never into an HTML page, and escaping every accent
/// made the bodies larger (no change in turns/s was measurable).
/// </summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
        Converters = { new WellFormedJsonElementConverter() },
    };
}
