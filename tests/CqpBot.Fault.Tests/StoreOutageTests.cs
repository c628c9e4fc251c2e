using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CqpBot.Fault.Tests;

/// <summary>
/// PostgreSQL gone under load, then back: stopped by its operator (a server of the test's own), or cut off by the
/// network (a TCP proxy that resets every connection). Users are told to retry, nothing is half applied.
/// </summary>
public class StoreOutageTests(ITestOutputHelper output)
{
    public const string ServerStopped = "server stopped";
    public const string NetworkCut = "network cut";

    // InterviewBot's answer when the store is unavailable: the user's words, checked to the letter.
    private const string RetryMessage = "L'enregistrement est momentanément indisponible : votre dernière réponse n'a pas été prise en compte. Merci de la renvoyer dans un instant.";

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(3);

    [Theory(Timeout = 180_000)]
    [InlineData(ServerStopped)]
    [InlineData(NetworkCut)]
    public async Task During_a_store_outage_users_are_asked_to_retry_health_is_503_and_afterwards_every_interview_finishes(string outage)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(170));
        await using var server = outage == ServerStopped ? await PostgresServer.StartAsync(timeout.Token) : null;
        await using var database = server is null ? await PostgresDatabase.CreateAsync(timeout.Token) : await PostgresDatabase.CreateAsync(server.Connection, timeout.Token);
        await using var proxy = outage == NetworkCut ? new TcpProxy(database.Server.Host!, database.Server.Port) : null;
        await using var bot = await BotProcess.StartAsync(proxy is null ? database.Settings : database.SettingsVia("127.0.0.1", proxy.Port), "outage", timeout.Token);
        using var health = new HttpClient { BaseAddress = bot.Address, Timeout = TimeSpan.FromSeconds(10) };
        var ledger = new Ledger();
        using var crowd = Crowd.Of(Script.Mix(12), Route.To(bot.Address), ledger, timeout.Token);

        var interviews = crowd.RunAsync();
        var webChat = await DirectLineSession.StartAsync(health); // a candidate on the web chat, before the outage
        await ledger.WaitUntilAsync(l => l.Count(HttpStatusCode.OK) >= 60, timeout.Token);
        var outageStarted = Stopwatch.StartNew();
        if (server is not null)
            await server.StopAsync(timeout.Token);
        else
            proxy!.Cut();
        var unhealthyAfter = await HealthAsync(health, HttpStatusCode.ServiceUnavailable, timeout.Token);
        using var webChatDuringOutage = await webChat.SendAsync(HttpMethod.Post, webChat.ActivitiesPath, Bonjour);
        var webChatProblem = await webChatDuringOutage.Content.ReadAsStringAsync(timeout.Token);
        await ledger.WaitUntilAsync(l => l.Count(HttpStatusCode.ServiceUnavailable) >= 12, timeout.Token);
        await Task.Delay(Outage - outageStarted.Elapsed > TimeSpan.Zero ? Outage - outageStarted.Elapsed : TimeSpan.Zero, timeout.Token);
        var answeredDuringOutage = ledger.Count(HttpStatusCode.OK);
        var down = outageStarted.Elapsed;
        if (server is not null)
            await server.StartAgainAsync(timeout.Token);
        else
            proxy!.Restore();
        var healthyAfter = await HealthAsync(health, HttpStatusCode.OK, timeout.Token);
        using var webChatAfter = await SendAgainUntilAnsweredAsync(webChat, timeout.Token);
        await interviews.WaitAsync(timeout.Token);

        await using var records = StoredRecords.Postgres(database.ConnectionString);
        var audit = await Audit.OfAsync(records, crowd.Candidates, ledger);
        var refused = ledger.Exchanges.Where(e => e.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Figures.Report(output, $"store outage ({outage}): {crowd.Candidates.Count} interviews, store down for {down.TotalSeconds:F1} s, " +
            $"/healthz 503 after {unhealthyAfter.TotalMilliseconds:F0} ms and 200 again {healthyAfter.TotalMilliseconds:F0} ms after restore, " +
            $"{refused.Count} turns answered 503 with the retry message, {ledger.Count(HttpStatusCode.OK) - answeredDuringOutage} turns answered 200 after restore; " +
            $"web chat (Direct Line) {(int)webChatDuringOutage.StatusCode} during the outage, {(int)webChatAfter.StatusCode} after; {audit}");

        Assert.NotEmpty(refused);
        Assert.All(refused, e => Assert.Equal(RetryMessage, (string?)JsonNode.Parse(e.ResponseJson)!["activities"]![0]!["text"]));
        Assert.All(ledger.Exchanges, e => Assert.Contains(e.Status, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Empty(audit.Problems);
        Assert.Equal(0, audit.Lost);
        Assert.Contains("store unavailable", bot.ReadLog(), StringComparison.OrdinalIgnoreCase);
        // The web chat's Direct Line: told in French to retry (Web Chat then offers to send again), then answered.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, webChatDuringOutage.StatusCode);
        Assert.NotNull(webChatDuringOutage.Headers.RetryAfter);
        Assert.Equal("La conversation est momentanément indisponible : réessayez dans un instant. Vos réponses déjà enregistrées sont conservées.", (string?)JsonNode.Parse(webChatProblem)!["detail"]);
        Assert.Equal(HttpStatusCode.OK, webChatAfter.StatusCode);
    }

    private static readonly object Bonjour = new { type = "message", text = "bonjour", from = new { id = "web-chat-candidate" } };

    /// <summary>As Web Chat's "send again": a connection the outage left broken may still fail once after /healthz is back.</summary>
    private static async Task<HttpResponseMessage> SendAgainUntilAnsweredAsync(DirectLineSession webChat, CancellationToken cancellationToken)
    {
        var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var response = await webChat.SendAsync(HttpMethod.Post, webChat.ActivitiesPath, Bonjour);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > giveUp)
                return response;
            response.Dispose();
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Polls /healthz until it answers <paramref name="expected"/>; how long that took.</summary>
    private static async Task<TimeSpan> HealthAsync(HttpClient health, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await health.GetAsync("/healthz", cancellationToken);
            if (response.StatusCode == expected)
                return waited.Elapsed;
            await Task.Delay(50, cancellationToken);
        }
    }
}
