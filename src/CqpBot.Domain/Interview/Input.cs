namespace CqpBot.Domain.Interview;

/// <summary>
/// What the user did: typed <see cref="Text"/>, pressed a button (<see cref="Value"/>), or submitted a form (<see cref="Fields"/>).
/// <see cref="ForStep"/> is the step a card was made for: an answer to an older card is refused, never applied.
/// </summary>
public sealed record Input(string? Text = null, string? Value = null, IReadOnlyDictionary<string, string>? Fields = null, string? ForStep = null)
{
    public static Input Typed(string text) => new(Text: text);

    public static Input Pressed(string value, string? forStep = null) => new(Value: value, ForStep: forStep);

    public string? Field(string name) => Fields is not null && Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>What to read as an answer: the button's value, else the typed text.</summary>
    public string Said => Value ?? Text ?? "";
}
