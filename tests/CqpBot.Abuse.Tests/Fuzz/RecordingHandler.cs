using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CqpBot.Abuse.Tests.Fuzz;

/// <summary>Keeps a copy of every JSON activity a test client posts, so real traffic can seed the fuzzer.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    public ConcurrentQueue<JsonObject> Sent { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null && JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken)) is JsonObject activity)
            Sent.Enqueue(activity);
        return await base.SendAsync(request, cancellationToken);
    }
}
