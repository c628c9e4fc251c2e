using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests.Driving;

/// <summary>
/// The channel between one user and the bot, as a message handler under <see cref="BotConversation"/>: it posts each
/// activity to the instance its <see cref="Route"/> picks, and, like Azure Bot Service, re-posts the SAME activity (same id)
/// after a connection error or a 503 until it gets an answer. Duplicates the route asks for are delivered too. Every
/// exchange goes to the <see cref="Ledger"/>.
/// </summary>
public sealed class Delivery(Route route, Ledger ledger, CancellationToken stop) : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) })
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);

    private int turns;

    /// <summary>A client for <see cref="BotConversation"/>; relative URIs are resolved against the routed instance.</summary>
    public static HttpClient Client(Route route, Ledger ledger, CancellationToken stop) =>
        new(new Delivery(route, ledger, stop)) { BaseAddress = new Uri("http://routed.invalid"), Timeout = TimeSpan.FromSeconds(60) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop);
        var body = await request.Content!.ReadAsByteArrayAsync(both.Token);
        var turn = Interlocked.Increment(ref turns);
        var duplicate = route.DuplicateEvery > 0 && turn % route.DuplicateEvery == 0;
        // Every third duplicate races the first delivery (two instances loading the same version); the others follow it.
        var racing = duplicate && turn / route.DuplicateEvery % 3 == 0;
        for (var attempt = 0; ; attempt++)
        {
            both.Token.ThrowIfCancellationRequested();
            var other = turn + attempt + turn / Math.Max(route.DuplicateEvery, 1);
            var first = PostAsync(request, body, turn + attempt, false, both.Token);
            var second = racing ? PostAsync(request, body, other, true, both.Token) : Task.FromResult<HttpResponseMessage?>(null);
            var response = await first;
            (await second)?.Dispose();
            if (response is null || (route.RetryUnavailable && response.StatusCode == HttpStatusCode.ServiceUnavailable))
            {
                response?.Dispose();
                await Task.Delay(RetryDelay, both.Token);
                continue;
            }

            if (duplicate && !racing)
                (await PostAsync(request, body, other, true, both.Token))?.Dispose();
            return response;
        }
    }

    /// <summary>One delivery; null when the connection failed (the bot is down or was killed meanwhile).</summary>
    private async Task<HttpResponseMessage?> PostAsync(HttpRequestMessage original, byte[] body, int turn, bool duplicate, CancellationToken cancellationToken)
    {
        var instances = route.Instances();
        var instance = turn % instances.Count;
        using var request = new HttpRequestMessage(original.Method, new Uri(instances[instance], original.RequestUri!.PathAndQuery)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = original.Content!.Headers.ContentType;
        var activity = JsonNode.Parse(body)!;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken); // buffered: the caller reads it again
            ledger.Add(new Exchange((string)activity["conversation"]!["id"]!, (string)activity["id"]!, activity.ToJsonString(), response.StatusCode, text, instance, duplicate, Stopwatch.GetElapsedTime(started)));
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            ledger.Add(new Exchange((string)activity["conversation"]!["id"]!, (string)activity["id"]!, activity.ToJsonString(), 0, "", instance, duplicate, Stopwatch.GetElapsedTime(started)));
            return null;
        }
    }
}
