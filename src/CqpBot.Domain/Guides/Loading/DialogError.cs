namespace CqpBot.Domain.Guides.Loading;

/// <summary>One problem in a dialogs/ file: which file, where (JSON path) and what is wrong.</summary>
public sealed record DialogError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}
