using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>A Direct Line WebSocket stream as DirectLineJS opens it (token in the query), on a Kestrel server.</summary>
public static class DirectLineStream
{
    public static Uri Url(Uri server, DirectLineSession session, string? watermark = null) =>
        new($"ws://{server.Authority}/v3/directline/conversations/{session.ConversationId}/stream?t={Uri.EscapeDataString(session.Token)}"
            + (watermark is null ? "" : $"&watermark={watermark}"));

    /// <summary>A client that keeps the HTTP status of a refused upgrade (<see cref="ClientWebSocket.HttpStatusCode"/>).</summary>
    public static ClientWebSocket Client() => new() { Options = { CollectHttpResponseDetails = true } };

    public static async Task<ClientWebSocket> OpenAsync(Uri server, DirectLineSession session, string? watermark = null)
    {
        var socket = Client();
        try
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await socket.ConnectAsync(Url(server, session, watermark), limit.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads ActivitySets until one holds <paramref name="text"/>: its watermark and every activity read.</summary>
    public static async Task<(string Watermark, List<JsonObject> Read)> ReadUntilAsync(WebSocket socket, string text, CancellationToken cancellationToken)
    {
        var read = new List<JsonObject>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException($"The stream closed ({socket.CloseStatus}) before « {text} » arrived; read: {string.Join("\n", read.Select(BotConversation.Plain))}");
            var set = JsonNode.Parse(frame.ToArray())!;
            var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
            read.AddRange(activities);
            if (activities.Any(a => BotConversation.Plain(a).Contains(text, StringComparison.Ordinal)))
                return ((string)set["watermark"]!, read);
        }
    }

    /// <summary>Reads until the server's Close (frames before it are skipped), and answers it as a browser does.</summary>
    public static async Task<(WebSocketCloseStatus? Status, string? Reason)> ReadUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while ((await socket.ReceiveAsync(buffer, cancellationToken)).MessageType != WebSocketMessageType.Close)
        {
        }

        if (socket.State == WebSocketState.CloseReceived)
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
        return (socket.CloseStatus, socket.CloseStatusDescription);
    }
}
