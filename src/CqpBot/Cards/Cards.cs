namespace CqpBot.Cards;

/// <summary>Small builders for the card pieces every renderer uses.</summary>
internal static class Cards
{
    public static TextBlock Title(string text) => new() { Text = text, Size = "Medium", Weight = "Bolder", Style = "heading" };

    public static TextBlock Subtle(string text) => new() { Text = text, IsSubtle = true, Size = "Small", Spacing = "None" };

    public static TextBlock Paragraph(string text) => new() { Text = text };

    public static TextBlock Bold(string text) => new() { Text = text, Weight = "Bolder" };

    /// <summary>A bulleted list in one block (markdown "- " lines render in Teams and Web Chat).</summary>
    public static TextBlock Bullets(IEnumerable<string> lines) => new() { Text = string.Join("\n", lines.Select(l => "- " + l)) };

    /// <summary>A section hidden behind a toggle button: example questions, criteria (folded by default to keep the card short).</summary>
    public static IEnumerable<CardElement> Foldable(string id, string title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
            yield break;
        yield return new ActionSet { Actions = [new ToggleVisibilityAction { Title = title, TargetElements = [id] }] };
        yield return new Container { Id = id, IsVisible = false, Items = [Bullets(lines)], Style = "emphasis" };
    }

    /// <summary>Hosts show at most five actions per set (Web Chat silently drops the rest): longer lists become several rows.</summary>
    public const int MaxActionsPerSet = 5;

    public static IEnumerable<ActionSet> ButtonRows(IEnumerable<AdaptiveAction> actions) =>
        actions.Chunk(MaxActionsPerSet).Select(row => new ActionSet { Actions = row.ToList() });
}
