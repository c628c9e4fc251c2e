using System.Diagnostics;

namespace CqpBot.Fault.Tests;

/// <summary>SIGKILL at random moments under load: the bot restarts on the same SQLite file and nothing acknowledged is lost.</summary>
public class KillTests(ITestOutputHelper output)
{
    private const int Interviews = 50;
    private const int Kills = 5;

    [Fact(Timeout = 240_000)]
    public async Task Fifty_interviews_survive_five_kills_without_losing_an_acknowledged_answer()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(230));
        using var database = new SqliteFile();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var started = Stopwatch.StartNew();
        var bot = await BotProcess.StartAsync(database.Settings, "kill", timeout.Token);
        var ledger = new Ledger();
        using var crowd = Crowd.Of(Script.Mix(Interviews), new Route(() => [bot.Address]), ledger, timeout.Token);
        var kills = 0;
        var answeredPerLife = new List<int>();
        try
        {
            var interviews = crowd.RunAsync();
            for (; kills < Kills && !interviews.IsCompleted; kills++)
            {
                // A random moment while this instance is busy: after it has answered some turns, between two of them or during one.
                var before = ledger.Count(HttpStatusCode.OK);
                await ledger.WaitUntilAsync(l => l.Count(HttpStatusCode.OK) >= before + random.Next(20, 150), timeout.Token);
                await Task.Delay(random.Next(0, 200), timeout.Token);
                await bot.DisposeAsync(); // SIGKILL, whatever is in flight
                answeredPerLife.Add(ledger.Count(HttpStatusCode.OK) - before);
                bot = await BotProcess.StartAsync(database.Settings, "kill", timeout.Token);
            }

            await interviews.WaitAsync(timeout.Token);
        }
        finally
        {
            await bot.DisposeAsync();
        }

        await using var records = StoredRecords.Sqlite(database.Path);
        var audit = await Audit.OfAsync(records, crowd.Candidates, ledger);
        Figures.Report(output, $"kill (seed {seed}): {Interviews} interviews, {kills} kills (turns answered before each: {string.Join(", ", answeredPerLife)}), {ledger.Count(HttpStatusCode.OK)} turns answered 200, " +
            $"{ledger.ConnectionErrors} connection errors retried, {started.Elapsed.TotalSeconds:F1} s; {audit}");
        Assert.Equal(Kills, kills);
        Assert.True(ledger.ConnectionErrors > 0, "no request was cut by a kill: the kills did not happen under load");
        Assert.Empty(audit.Problems);
        Assert.Equal(0, audit.Lost);
        Assert.True(audit.Acknowledged > Interviews * 10, $"too few answers to prove anything: {audit}");
    }
}
