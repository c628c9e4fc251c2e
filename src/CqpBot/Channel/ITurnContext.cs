using System.Security.Claims;

namespace CqpBot.Channel;

/// <summary>One turn: the incoming activity and the ways to answer it (Agents-for-net ITurnContext, reduced to what CqpBot uses).</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The caller's identity when channel auth is on; null in local anonymous mode.</summary>
    ClaimsIdentity? Identity { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Set by an invoke handler; becomes the HTTP answer of the invoke.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Set when the turn could not be applied because the store is down: the HTTP answer becomes 503.</summary>
    bool NotApplied { get; set; }
}
