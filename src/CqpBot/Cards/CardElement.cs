using System.Text.Json.Serialization;

namespace CqpBot.Cards;

/// <summary>A body element; "type" is written from the concrete class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public bool? IsVisible { get; init; }

    public string? Spacing { get; init; }

    public bool? Separator { get; init; }
}

public sealed class TextBlock : CardElement
{
    public required string Text { get; init; }
    public bool Wrap { get; init; } = true;
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }

    /// <summary>"heading" makes screen readers announce a title (Adaptive Cards 1.5).</summary>
    public string? Style { get; init; }
}

public sealed class Container : CardElement
{
    public List<CardElement> Items { get; init; } = [];
    public string? Style { get; init; }
}

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; init; } = [];
}

public sealed record Fact(string Title, string Value);

public sealed class ActionSet : CardElement
{
    public List<AdaptiveAction> Actions { get; init; } = [];
}

public sealed class ChoiceSetInput : CardElement
{
    public List<CardChoice> Choices { get; init; } = [];
    public string? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Value { get; init; }
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record CardChoice(string Title, string Value);

public sealed class TextInput : CardElement
{
    public string? Label { get; init; }
    public string? Placeholder { get; init; }
    public string? Value { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
