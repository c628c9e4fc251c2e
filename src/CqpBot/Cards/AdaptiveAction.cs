using System.Text.Json.Serialization;

namespace CqpBot.Cards;

/// <summary>A card action; "type" is written from the concrete class.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract class AdaptiveAction
{
    public required string Title { get; init; }

    public string? Id { get; init; }

    public string? Style { get; init; }
}

/// <summary>Action.Submit: Web Chat and other channels; the inputs merged with data come back as a message's value.</summary>
public sealed class SubmitAction : AdaptiveAction
{
    public object? Data { get; init; }

    /// <summary>"none" for actions that must not validate the inputs (skip, back).</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke.</summary>
public sealed class ExecuteAction : AdaptiveAction
{
    public string? Verb { get; init; }
    public object? Data { get; init; }
    public string? AssociatedInputs { get; init; }
}

public sealed class ToggleVisibilityAction : AdaptiveAction
{
    public List<string> TargetElements { get; init; } = [];
}

public sealed class OpenUrlAction : AdaptiveAction
{
    public required string Url { get; init; }
}
