namespace CqpBot.Fault.Tests.Driving;

/// <summary>One POST of an activity and what came back: the status (0 for a connection error), the body, which instance, how long.</summary>
public sealed record Exchange(
    string ConversationId,
    string ActivityId,
    string RequestJson,
    HttpStatusCode Status,
    string ResponseJson,
    int Instance,
    bool Duplicate,
    TimeSpan Elapsed)
{
    public bool Failed => Status == 0;
}
