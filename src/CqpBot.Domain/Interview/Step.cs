namespace CqpBot.Domain.Interview;

/// <summary>Where the interview stands: a kind and, for rows, blocs and conditions, which one.</summary>
public sealed record Step(StepKind Kind, string? Target = null)
{
    /// <summary>The key a card carries so that an answer to an old card is recognised and refused.</summary>
    public string Key => Target is null ? Kind.ToString() : $"{Kind}:{Target}";

    public override string ToString() => Key;
}
