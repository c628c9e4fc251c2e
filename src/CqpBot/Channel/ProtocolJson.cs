using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Channel;

/// <summary>Activity JSON: camelCase, nulls omitted (botframework-schema serialisation).</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
        Converters = { new WellFormedJsonElementConverter() },
    };
}
