using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CqpBot.Deployment.Tests;

/// <summary>deploymentTemplates/azuredeploy.json read as JSON, with the lookups the tests share.</summary>
public sealed partial class ArmTemplate(JsonObject root)
{
    public static string Path { get; } = System.IO.Path.Combine(Repository.Templates, "azuredeploy.json");

    public static ArmTemplate Load() => new(JsonNode.Parse(File.ReadAllText(Path))!.AsObject());

    public JsonObject Root { get; } = root;

    public JsonObject Parameters => Root["parameters"]!.AsObject();

    public IEnumerable<JsonObject> Resources => Root["resources"]!.AsArray().Select(r => r!.AsObject());

    public JsonObject Resource(string type, string? nameExpression = null) =>
        Resources.Single(r => (string?)r["type"] == type && (nameExpression is null || (string?)r["name"] == nameExpression));

    public JsonObject WebApp => Resource("Microsoft.Web/sites");

    /// <summary>The web app's app settings, name → value (a literal or an ARM expression).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        WebApp["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => s!["value"]!.ToString());

    /// <summary>Names used as parameters('name') in any expression of the template, parameter defaults included.</summary>
    public IReadOnlySet<string> ReferencedParameters =>
        Strings(Root).SelectMany(s => ParameterReference().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterReference();
}
