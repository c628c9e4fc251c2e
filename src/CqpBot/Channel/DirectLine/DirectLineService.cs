using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CqpBot.Storage;
using Microsoft.Extensions.Options;

namespace CqpBot.Channel.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 (protocol.md §5): conversations, an activity log with monotonic watermarks,
/// polling and WebSocket streams. A posted activity is echoed (channelData intact, so Web Chat marks it sent),
/// then delivered to the bot in process; the bot's replies land in the same log.
/// </summary>
public sealed class DirectLineService(
    IDirectLineStore store,
    DirectLineHub hub,
    DirectLineTokens tokens,
    ChannelAdapter adapter,
    IBot bot,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineService> logger)
{
    public const string ChannelId = "webchat";
    public const string ServiceUrl = "urn:cqpbot:directline";
    private static readonly ChannelAccount BotAccount = new() { Id = "cqpbot", Name = "CqpBot", Role = "bot" };

    /// <summary>RFC 6455's registry: "Try Again Later" (not in the enum). DirectLineJS reconnects after any close.</summary>
    public const WebSocketCloseStatus TryAgainLater = (WebSocketCloseStatus)1013;

    public DirectLineOptions Options => options.Value;

    /// <summary>A new conversation id and its token (what tokens/generate answers).</summary>
    public (string ConversationId, string Token) NewConversation()
    {
        var id = Guid.NewGuid().ToString("N");
        return (id, tokens.Issue(id));
    }

    public async Task<object> StartAsync(string conversationId, string baseUrl, CancellationToken cancellationToken)
    {
        if (await store.GetConversationUserAsync(conversationId, cancellationToken) is null)
            await store.CreateConversationAsync(conversationId, "", DateTimeOffset.UtcNow, cancellationToken);
        return Describe(conversationId, baseUrl, null);
    }

    /// <summary>
    /// DirectLineJS's reconnect (GET conversations/{id}): a new stream URL, or null for an unknown conversation. During a
    /// store outage the conversation cannot be looked up, but the token, signed for it, was checked: the URL is given
    /// anyway. DirectLineJS then keeps trying the stream (refused with 503 until the store is back) every 3 to 15 s for
    /// as long as the outage lasts; refused reconnects would make it give up after 45 tries (~15 minutes) and leave the
    /// page's stream silent.
    /// </summary>
    public async Task<object?> ResumeAsync(string conversationId, string baseUrl, string? watermark, CancellationToken cancellationToken)
    {
        try
        {
            if (!await ExistsAsync(conversationId, cancellationToken))
                return null;
        }
        catch (StoreUnavailableException)
        {
            DirectLineLog.ReconnectStoreUnavailable(logger);
        }

        return Describe(conversationId, baseUrl, watermark);
    }

    public object Refresh(string conversationId) => new { conversationId, token = tokens.Issue(conversationId), expires_in = tokens.LifetimeSeconds };

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.GetConversationUserAsync(conversationId, cancellationToken) is not null;

    /// <summary>Echoes the client's activity into the log, runs the bot's turn, returns the activity id.</summary>
    public async Task<(string? Id, int Status, string? Problem)> PostAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return (null, 400, "Le champ « type » de l'activité est obligatoire.");
        activity.From ??= new ChannelAccount();
        activity.From.Id = string.IsNullOrWhiteSpace(activity.From.Id) ? "utilisateur" : activity.From.Id[..Math.Min(activity.From.Id.Length, 128)];
        activity.From.Role = "user";
        activity.Id = null;
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = BotAccount;
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.ServiceUrl = null;
        activity.DeliveryMode = null;

        var sequence = await store.AppendActivityAsync(conversationId, JsonSerializer.Serialize(activity, ProtocolJson.Options), cancellationToken);
        hub.Notify(conversationId);
        var id = DirectLineIds.ActivityId(conversationId, sequence);

        activity.Id = id;
        activity.ServiceUrl = ServiceUrl;
        var turn = await adapter.RunTurnAsync(activity, null, new DirectLineConnector(conversationId, store, hub), bot, cancellationToken);
        return turn.NotApplied ? (id, 503, "L'enregistrement est momentanément indisponible : réessayez dans un instant.") : (id, 200, null);
    }

    public async Task<JsonObject> ActivitiesAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var log = await store.GetActivitiesAsync(conversationId, watermark, 200, cancellationToken);
        return ActivitySet(conversationId, log, log.Count > 0 ? log[^1].Sequence : watermark);
    }

    /// <summary>
    /// Streams ActivitySets over a WebSocket until the client leaves (kept alive by control frames, KeepAliveInterval in
    /// Program.cs). Only the request's token cancels a call on the socket: .NET's WebSocket aborts itself when a pending
    /// call is cancelled, and an aborted socket can no longer send its close frame.
    /// </summary>
    public async Task StreamAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var signal = new SemaphoreSlim(0, 1);
        using var subscription = hub.Listen(conversationId, signal);
        using var clientLeft = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = ReadUntilCloseAsync(socket, clientLeft, cancellationToken);
        var (status, reason) = (WebSocketCloseStatus.NormalClosure, "");
        try
        {
            while (!clientLeft.IsCancellationRequested)
            {
                var log = await store.GetActivitiesAsync(conversationId, watermark, 200, clientLeft.Token);
                if (log.Count > 0)
                {
                    watermark = log[^1].Sequence;
                    var frame = Encoding.UTF8.GetBytes(ActivitySet(conversationId, log, watermark).ToJsonString());
                    await socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken);
                    continue;
                }

                // Woken by this instance's appends; the 1 s timeout also picks up other instances' appends.
                await signal.WaitAsync(TimeSpan.FromSeconds(1), clientLeft.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client left or the server is stopping: nothing to do, the log keeps everything for a resume.
        }
        catch (StoreUnavailableException)
        {
            DirectLineLog.StreamStoreUnavailable(logger);
            (status, reason) = (TryAgainLater, "Conversation momentanément indisponible : réessayez.");
        }
        finally
        {
            await CloseAsync(socket, status, reason);
            await WaitForClientCloseAsync(socket, reader);
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        try
        {
            // After the client's Close too: RFC 6455 wants it answered, else the client sees an abnormal closure.
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            // The client is gone already.
        }
    }

    /// <summary>The client's Close ends the handshake; a client that never sends it is cut after a few seconds.</summary>
    private static async Task WaitForClientCloseAsync(WebSocket socket, Task reader)
    {
        try
        {
            await reader.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            socket.Abort();
            await reader;
        }
    }

    private static async Task ReadUntilCloseAsync(WebSocket socket, CancellationTokenSource clientLeft, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var message = await socket.ReceiveAsync(buffer, cancellationToken);
                if (message.MessageType == WebSocketMessageType.Close)
                    break;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            await clientLeft.CancelAsync();
        }
    }

    private object Describe(string conversationId, string baseUrl, string? watermark)
    {
        var token = tokens.Issue(conversationId);
        var streamBase = baseUrl.Replace("http://", "ws://", StringComparison.Ordinal).Replace("https://", "wss://", StringComparison.Ordinal);
        var streamUrl = $"{streamBase}/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}" + (watermark is null ? "" : $"&watermark={Uri.EscapeDataString(watermark)}");
        return new { conversationId, token, expires_in = tokens.LifetimeSeconds, streamUrl };
    }

    private static JsonObject ActivitySet(string conversationId, IReadOnlyList<(long Sequence, string ActivityJson)> log, long watermark)
    {
        var activities = new JsonArray();
        foreach (var (sequence, json) in log)
        {
            var activity = JsonNode.Parse(json)!.AsObject();
            activity["id"] = DirectLineIds.ActivityId(conversationId, sequence);
            activities.Add(activity);
        }

        return new JsonObject { ["activities"] = activities, ["watermark"] = DirectLineIds.Watermark(watermark) };
    }
}
