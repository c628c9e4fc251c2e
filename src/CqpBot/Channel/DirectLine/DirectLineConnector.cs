using System.Text.Json;
using CqpBot.Storage;

namespace CqpBot.Channel.DirectLine;

/// <summary>The "connector" of the embedded Direct Line: the bot's replies go into the conversation's activity log.</summary>
public sealed class DirectLineConnector(string conversationId, IDirectLineStore store, DirectLineHub hub) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null;
        activity.ServiceUrl = null;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        var sequence = await store.AppendActivityAsync(conversationId, JsonSerializer.Serialize(activity, ProtocolJson.Options), cancellationToken);
        hub.Notify(conversationId);
        return new ResourceResponse(DirectLineIds.ActivityId(conversationId, sequence));
    }

    // Direct Line 3.0 has no activity update for clients: the page makes answered cards read-only itself.
}
