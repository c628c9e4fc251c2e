using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CqpBot.Abuse.Tests.Logging;
using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace CqpBot.Abuse.Tests.Fuzz;

/// <summary>
/// Ten thousand hostile activities, mutated from real interview traffic, sent to /api/messages and to the embedded
/// Direct Line: none gets a 5xx, none crashes a turn, the app still answers, and other conversations are untouched.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("CQPBOT_FUZZ_REQUESTS"), out var n) ? n : 10_000;
    private const int Seed = 20261123;
    // Catches a hang, not slowness: ~15 s here, and CI's machine runs the other test projects beside it.
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Ten_thousand_mutated_activities_get_no_5xx_and_leave_other_conversations_byte_identical()
    {
        await using var root = new CqpBotApplication(new Dictionary<string, string?> { ["DirectLine:MaxPostsPer10Seconds"] = "1000000", ["DirectLine:MaxReadsPer10Seconds"] = "1000000" });
        var logs = new CapturedLogs();
        var app = root.CapturingLogs(logs, LogLevel.Warning);
        var http = app.CreateClient();
        var store = app.Services.GetRequiredService<IInterviewStore>();

        var clock = Stopwatch.StartNew();
        await using var connector = await LocalChannelService.StartAsync();
        var traffic = await CapturedTraffic.PlayAsync(app);
        var bystander = new BotConversation(http, "webchat", "bystander");
        await bystander.Join("auto");
        await bystander.Click("J'accepte");
        var dlBystander = await DirectLineSession.StartAsync(http);
        await dlBystander.PostAsync(new { type = "event", name = "webchat/join", value = new { mode = "auto" }, from = new { id = "dl-bystander" } });
        await dlBystander.PostAsync(new { type = "message", text = "j'accepte", from = new { id = "dl-bystander" } });
        // The bystander's own card buttons join the replayed payloads: the closest a forger gets to its interview.
        traffic = traffic.WithButtonsOf(bystander);
        var fuzzed = new[] { await DirectLineSession.StartAsync(http), await DirectLineSession.StartAsync(http) };
        var keys = new[] { $"webchat:{bystander.ConversationId}", $"webchat:{dlBystander.ConversationId}" };
        var before = await SnapshotAsync(store, keys, dlBystander);

        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var mutator = new ActivityMutator(Seed, traffic, Enumerable.Range(0, 8).Select(i => $"fuzz-{i}").ToList(), connector.BaseUrl);
        using var deadline = new CancellationTokenSource(Budget);
        output.WriteLine($"{traffic.Activities.Count} real activities captured in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await Parallel.ForEachAsync(Hostile(mutator, fuzzed, dlBystander).Take(Requests), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = deadline.Token }, async (request, cancellationToken) =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = new ByteArrayContent(request.Body) };
            message.Content.Headers.ContentType = string.IsNullOrEmpty(request.ContentType) ? null : MediaTypeHeaderValue.Parse(request.ContentType);
            if (request.Bearer is not null)
                message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + request.Bearer);
            using var response = await http.SendAsync(message, cancellationToken);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
                failures.Enqueue($"{(int)response.StatusCode} {request.Path} [{request.Mutation}] {Encoding.UTF8.GetString(request.Body)[..Math.Min(300, request.Body.Length)]}");
        });
        output.WriteLine($"{statuses.Values.Sum()} requests in {clock.Elapsed.TotalSeconds:F1} s: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));

        foreach (var error in logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Text[..Math.Min(1500, e.Text.Length)]).Distinct().Take(5))
            output.WriteLine(error);
        Assert.Equal(Requests, statuses.Values.Sum());
        Assert.True(failures.IsEmpty, $"{failures.Count} responses 5xx, first ones:\n" + string.Join("\n", failures.Take(10)));
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(before, await SnapshotAsync(store, keys, dlBystander));
        var newcomer = new BotConversation(http, "webchat", "after-fuzz");
        await newcomer.Join("auto");
        Assert.Equal(HttpStatusCode.OK, newcomer.LastStatus);
        Assert.Contains("Vos données", newcomer.Text);
        using var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    /// <summary>
    /// Mutated bodies to /api/messages and to the fuzzer's own Direct Line conversations, and the same bodies to the
    /// bystander's Direct Line conversation with another conversation's token, a tampered one, or none.
    /// </summary>
    private static IEnumerable<FuzzRequest> Hostile(ActivityMutator mutator, DirectLineSession[] fuzzed, DirectLineSession bystander)
    {
        for (var i = 0; ; i++)
        {
            var (contentType, body, mutation) = mutator.Body(mutator.Activity());
            var own = fuzzed[i % fuzzed.Length];
            yield return (i % 10) switch
            {
                < 5 => new FuzzRequest("/api/messages", null, contentType, body, mutation),
                < 8 => new FuzzRequest(own.ActivitiesPath, own.Token, contentType, body, mutation),
                8 => new FuzzRequest(bystander.ActivitiesPath, own.Token, contentType, body, mutation + ", token of another conversation"),
                _ => new FuzzRequest(i % 20 == 9 ? own.ActivitiesPath : bystander.ActivitiesPath, Tampered(bystander.Token, i), contentType, body, mutation + ", tampered token"),
            };
        }
    }

    private static string Tampered(string token, int i) => (i / 10 % 4) switch
    {
        0 => "",
        1 => token[..^2],
        2 => token.Replace('.', 'x'),
        _ => (char)(token[0] ^ 1) + token[1..],
    };

    /// <summary>The stored interviews, byte for byte, and the Direct Line transcript as its page reads it.</summary>
    private static async Task<string> SnapshotAsync(IInterviewStore store, IEnumerable<string> keys, DirectLineSession session)
    {
        var stored = new List<string>();
        foreach (var key in keys)
            stored.Add(JsonSerializer.Serialize(await store.GetAsync(key) ?? throw new InvalidOperationException($"{key} is not stored")));
        return string.Join("\n", stored) + "\n" + await session.TranscriptAsync();
    }
}
