using System.Text.Json.Nodes;

namespace CqpBot.Deployment.Tests;

/// <summary>
/// The configuration keys the bot reads, taken from the repository's appsettings.json in the form an App Service
/// app setting (an environment variable) gives them: nested keys joined by "__". Logging, AllowedHosts and Urls are
/// host settings, not the bot's.
/// </summary>
public static class BotSettings
{
    private static readonly string[] HostKeys = ["Logging", "AllowedHosts", "Urls"];

    public static IReadOnlyList<string> Keys { get; } = Read(Path.Combine(Repository.Root, "appsettings.json"));

    public static IReadOnlyList<string> Read(string appSettingsPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(appSettingsPath))!.AsObject();
        var keys = new List<string>();
        foreach (var (name, value) in root)
        {
            if (!HostKeys.Contains(name, StringComparer.OrdinalIgnoreCase))
                Flatten(name, value, keys);
        }
        return keys;
    }

    private static void Flatten(string prefix, JsonNode? node, List<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                    Flatten(prefix + "__" + name, value, keys);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    Flatten(prefix + "__" + i, array[i], keys);
                break;
            default:
                keys.Add(prefix);
                break;
        }
    }
}
