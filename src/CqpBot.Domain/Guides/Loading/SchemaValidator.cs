using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CqpBot.Domain.Guides.Loading;

/// <summary>
/// Validates a JSON document against the subset of JSON Schema that dialogs/*.schema.json uses
/// (type, required, properties, additionalProperties, items, minItems, enum, pattern, minLength, minimum, $ref).
/// The shipped schemas stay the single source of truth for the format, and errors carry a JSON path.
/// </summary>
public sealed class SchemaValidator(JsonObject schema)
{
    private readonly JsonObject root = schema;

    public IReadOnlyList<(string Path, string Message)> Validate(JsonNode? document)
    {
        var errors = new List<(string, string)>();
        Check(document, root, "$", errors);
        return errors;
    }

    private void Check(JsonNode? node, JsonObject schema, string path, List<(string, string)> errors)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            Check(node, Resolve(reference.GetValue<string>()), path, errors);
            return;
        }

        if (schema["type"] is { } type && !MatchesType(node, type))
        {
            errors.Add((path, $"expected {Describe(type)}, found {KindOf(node)}"));
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, node)))
        {
            errors.Add((path, $"{Show(node)} is not one of {string.Join(", ", allowed.Select(Show))}"));
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, errors);
                break;
            case JsonArray array:
                CheckArray(array, schema, path, errors);
                break;
            case JsonValue value:
                CheckValue(value, schema, path, errors);
                break;
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string path, List<(string, string)> errors)
    {
        var properties = schema["properties"] as JsonObject;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(n => !obj.ContainsKey(n)))
                errors.Add((path, $"missing required field '{name}'"));
        }

        foreach (var (name, child) in obj)
        {
            var childPath = $"{path}.{name}";
            if (properties?[name] is JsonObject childSchema)
                Check(child, childSchema, childPath, errors);
            else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                errors.Add((childPath, $"unknown field '{name}'"));
        }
    }

    private void CheckArray(JsonArray array, JsonObject schema, string path, List<(string, string)> errors)
    {
        if (schema["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
            errors.Add((path, $"must have at least {min.GetValue<int>()} item(s), found {array.Count}"));
        if (schema["items"] is JsonObject itemSchema)
        {
            for (var i = 0; i < array.Count; i++)
                Check(array[i], itemSchema, $"{path}[{i}]", errors);
        }
    }

    private static void CheckValue(JsonValue value, JsonObject schema, string path, List<(string, string)> errors)
    {
        if (value.TryGetValue<string>(out var text))
        {
            if (schema["minLength"] is JsonValue minLength && text.Length < minLength.GetValue<int>())
                errors.Add((path, "must not be empty"));
            if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(text, pattern.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(1)))
                errors.Add((path, $"'{text}' does not match {pattern.GetValue<string>()} (lower-case words joined by '-')"));
        }
        else if (value.TryGetValue<double>(out var number) && schema["minimum"] is JsonValue minimum && number < minimum.GetValue<double>())
        {
            errors.Add((path, $"must be at least {minimum.GetValue<double>().ToString(CultureInfo.InvariantCulture)}"));
        }
    }

    private JsonObject Resolve(string reference)
    {
        // Only local references (#/$defs/name) are used by the shipped schemas.
        var name = reference.Split('/').Last();
        return root["$defs"]?[name] as JsonObject
            ?? throw new InvalidOperationException($"Schema reference {reference} not found.");
    }

    private static bool MatchesType(JsonNode? node, JsonNode type) => type switch
    {
        JsonArray types => types.Any(t => Matches(node, t!.GetValue<string>())),
        _ => Matches(node, type.GetValue<string>()),
    };

    private static bool Matches(JsonNode? node, string type) => type switch
    {
        "null" => node is null,
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => node is JsonValue v && v.TryGetValue<bool>(out _),
        "integer" => node is JsonValue v && v.TryGetValue<double>(out var d) && Math.Abs(d % 1) < double.Epsilon,
        "number" => node is JsonValue v && v.TryGetValue<double>(out _),
        _ => false,
    };

    private static string Describe(JsonNode type) =>
        type is JsonArray types ? string.Join(" or ", types.Select(t => t!.GetValue<string>())) : type.GetValue<string>();

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        _ => "number",
    };

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
