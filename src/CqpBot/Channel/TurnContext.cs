using System.Security.Claims;

namespace CqpBot.Channel;

/// <summary>
/// A turn whose replies are buffered (expectReplies: they go back in the HTTP body) or sent to the connector at
/// the activity's serviceUrl (protocol.md §2).
/// </summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity? identity, IConnectorClient connector) : ITurnContext
{
    private readonly List<Activity> buffered = [];

    public Activity Activity { get; } = activity;

    public ClaimsIdentity? Identity { get; } = identity;

    public InvokeResponse? InvokeResponse { get; set; }

    public bool NotApplied { get; set; }

    /// <summary>The bot threw: the adapter answers 500 after the apology.</summary>
    public bool Failed { get; set; }

    public IReadOnlyList<Activity> BufferedReplies => buffered;

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (Activity.ExpectsReplies)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            buffered.Add(activity);
            return new ResourceResponse(activity.Id);
        }

        return await connector.SendAsync(activity, cancellationToken);
    }
}
