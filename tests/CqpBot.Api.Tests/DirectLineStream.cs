using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CqpBot.Api.Tests;

/// <summary>A Direct Line WebSocket stream as DirectLineJS opens it (token in the query), on the in-process server.</summary>
public static class DirectLineStream
{
    /// <summary>Throws when the server refuses the upgrade (the exception's message holds the status code).</summary>
    public static Task<WebSocket> OpenAsync(WebApplicationFactory<Program> app, DirectLineSession session, string? watermark = null)
    {
        var url = $"ws://localhost/v3/directline/conversations/{session.ConversationId}/stream?t={Uri.EscapeDataString(session.Token)}"
            + (watermark is null ? "" : $"&watermark={watermark}");
        return app.Server.CreateWebSocketClient().ConnectAsync(new Uri(url), CancellationToken.None);
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
            if (frame.Length == 0)
                continue; // a keep-alive
            var set = JsonNode.Parse(frame.ToArray())!;
            var activities = set["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
            read.AddRange(activities);
            if (activities.Any(a => BotConversation.Plain(a).Contains(text, StringComparison.Ordinal)))
                return ((string)set["watermark"]!, read);
        }
    }
}
