using System.Text.Json;
using System.Text.Json.Serialization;

namespace CqpBot.Channel;

/// <summary>
/// Free-form fields (value, channelData, entities) are kept as raw JSON and their strings decoded only when a turn reads
/// them: a string that cannot be decoded (invalid UTF-8, a lone surrogate escape) is refused while parsing, as a 400,
/// instead of failing the turn later.
/// </summary>
public sealed class WellFormedJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonElement.ParseValue(ref reader);
        try
        {
            Decode(element);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("A JSON string is not valid text.", e);
        }

        return element;
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

    private static void Decode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    Decode(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Decode(item);
                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }
}
