namespace CqpBot.Browser.Tests;

/// <summary>Microsoft's own Direct Line client (botframework-directlinejs, run by Node) against the embedded Direct Line.</summary>
public sealed class DirectLineClientTests : IAsyncLifetime
{
    private static readonly string Script = Path.Combine(Repository.Root, "tests", "directline-client", "drive.mjs");
    private readonly BotServer server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact(Timeout = 90_000)]
    public async Task DirectLineJs_starts_posts_receives_by_websocket_and_polling_and_refreshes_its_token()
    {
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Script)!, "node_modules")), "run .ci/setup.sh (npm ci in tests/directline-client)");
        var (exit, log) = await ChildProcess.RunAsync("node", [Script, server.Url.ToString().TrimEnd('/')], Path.GetDirectoryName(Script)!, timeoutSeconds: 75);

        Assert.True(exit == 0, log);
        foreach (var step in new[] { "ok websocket start and receive", "ok websocket post and reply", "ok token refresh", "ok polling resume with history", "ok polling post and reply", "all steps passed" })
            Assert.Contains(step, log);
    }
}
