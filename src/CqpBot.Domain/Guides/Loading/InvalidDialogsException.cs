namespace CqpBot.Domain.Guides.Loading;

/// <summary>Thrown at start-up when a dialogs/ file is invalid: the bot refuses to start on bad data.</summary>
public sealed class InvalidDialogsException(IReadOnlyList<DialogError> errors)
    : Exception("Invalid dialogs files:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<DialogError> Errors { get; } = errors;
}
