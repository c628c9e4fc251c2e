using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests;

/// <summary>
/// Clients that send a byte a second, and bodies over the 256 KB limit, against Kestrel's limits (Program.cs): they are
/// dropped or refused while the other users' turns keep being answered quickly.
/// </summary>
public class SlowAndLargeClientTests(ITestOutputHelper output)
{
    private const int SlowClients = 8;
    private const int OverLimit = 300 * 1024;

    // An ordinary turn takes milliseconds (hundreds on a loaded 2-core machine): 99 % of them stay under TurnBound. One
    // stalled behind a slow client would wait out the body rate's 5 s grace at least: none may reach it.
    private static readonly TimeSpan TurnBound = TimeSpan.FromSeconds(3), StallBound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    [Fact(Timeout = 120_000)]
    public async Task Slow_senders_are_dropped_and_oversized_bodies_refused_while_other_users_keep_getting_quick_answers()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(110));
        using var database = new SqliteFile();
        await using var bot = await BotProcess.StartAsync(database.Settings, "slow", timeout.Token);
        var route = Route.To(bot.Address) with { RetryUnavailable = false };
        var baseline = new Ledger();
        using (var warmUp = Crowd.Of(Script.Mix(4), route, baseline, timeout.Token))
            await warmUp.RunAsync().WaitAsync(timeout.Token); // the first turns pay for JIT and loading the guides
        var ledger = new Ledger();

        var bodyHead = $"POST /api/messages HTTP/1.1\r\nHost: {bot.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n";
        var slow = Enumerable.Range(0, SlowClients)
            .Select(_ => RawClient.TrickleAsync(bot.Address, bodyHead, new string(' ', 4096), GiveUp, timeout.Token))
            .Append(RawClient.TrickleAsync(bot.Address, "", bodyHead, GiveUp, timeout.Token)) // headers a byte a second
            .ToList();
        var all = Task.WhenAll(slow);
        using var http = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(20) };
        var sized = PostLargeAsync(http, body => new ByteArrayContent(body), timeout.Token);
        var unsized = PostLargeAsync(http, body => new UnsizedContent(body), timeout.Token);

        var rounds = 0;
        for (; !all.IsCompleted || rounds == 0; rounds++)
        {
            using var crowd = Crowd.Of(Script.Mix(4), route, ledger, timeout.Token);
            await crowd.RunAsync().WaitAsync(timeout.Token);
        }

        var outcomes = await all;
        var (sizedStatus, sizedAfter) = await sized;
        var (unsizedStatus, unsizedAfter) = await unsized;
        var latencies = ledger.Exchanges.Select(e => e.Elapsed.TotalMilliseconds).Order().ToList();
        var bodies = outcomes[..SlowClients];
        Figures.Report(output, $"slow and large clients: {SlowClients} slow bodies dropped after {bodies.Min(o => o.After.TotalSeconds):F1}–{bodies.Max(o => o.After.TotalSeconds):F1} s ({string.Join(", ", bodies.Select(o => o.StatusLine ?? "closed").Distinct())}); " +
            $"slow headers dropped after {outcomes[^1].After.TotalSeconds:F1} s ({outcomes[^1].StatusLine ?? "closed"}); " +
            $"{OverLimit / 1024} KB body {(int)sizedStatus} in {sizedAfter.TotalMilliseconds:F0} ms, chunked {(int)unsizedStatus} in {unsizedAfter.TotalMilliseconds:F0} ms; " +
            $"alone (after the first turns) max {baseline.Exchanges.Skip(40).Max(e => e.Elapsed.TotalMilliseconds):F0} ms; meanwhile {latencies.Count} turns in {rounds} rounds of 4 interviews: p50 {latencies[latencies.Count / 2]:F0} ms, p99 {latencies[latencies.Count * 99 / 100]:F0} ms, max {latencies[^1]:F0} ms");

        Assert.All(outcomes, o => Assert.True(o.ClosedByServer && o.After < GiveUp, $"a slow client was still connected after {o.After}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sizedStatus);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, unsizedStatus);
        Assert.All(ledger.Exchanges, e => Assert.Equal(HttpStatusCode.OK, e.Status));
        Assert.True(latencies[latencies.Count * 99 / 100] < TurnBound.TotalMilliseconds, $"1 % of the turns took {latencies[latencies.Count * 99 / 100]:F0} ms or more while slow clients were connected");
        Assert.True(latencies[^1] < StallBound.TotalMilliseconds, $"a turn took {latencies[^1]:F0} ms while slow clients were connected");
    }

    /// <summary>Posts an activity whose text makes it larger than the limit; the status and how long the refusal took.</summary>
    private static async Task<(HttpStatusCode Status, TimeSpan After)> PostLargeAsync(HttpClient http, Func<byte[], HttpContent> content, CancellationToken cancellationToken)
    {
        var activity = new JsonObject { ["type"] = "message", ["text"] = new string('a', OverLimit) };
        using var request = content(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        request.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var started = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/messages", request, cancellationToken);
        return (response.StatusCode, started.Elapsed);
    }
}
