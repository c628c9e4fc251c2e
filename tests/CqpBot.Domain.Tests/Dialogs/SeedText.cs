using System.Text.RegularExpressions;

namespace CqpBot.Domain.Tests.Dialogs;

/// <summary>Seed text normalised the way dialogs/ quotes it: tags, markdown and bullets removed, spaces folded.</summary>
public static partial class SeedText
{
    public static string Normalize(string text)
    {
        text = Tags().Replace(text, " ").Replace('\u00a0', ' ').Replace("**", " ").Replace("*", " ");
        text = Bullets().Replace(text, " ");
        return Spaces().Replace(text, " ").Trim();
    }

    private static readonly Dictionary<string, string> Cache = [];

    public static string Of(string seed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(seed, out var text))
                Cache[seed] = text = Normalize(File.ReadAllText(Path.Combine(Repository.Seeds!, seed)));
            return text;
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[●○❑▪➔→•◦]")]
    private static partial Regex Bullets();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
