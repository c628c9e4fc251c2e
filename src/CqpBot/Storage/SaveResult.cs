namespace CqpBot.Storage;

public enum SaveResult
{
    Saved,

    /// <summary>Another instance wrote first: reload and replay the turn.</summary>
    Conflict,

    /// <summary>That activity was already applied: answer with the stored response, change nothing.</summary>
    Duplicate,
}
