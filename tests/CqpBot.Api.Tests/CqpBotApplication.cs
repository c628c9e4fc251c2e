using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CqpBot.Api.Tests;

/// <summary>The bot in process, with its own SQLite file (one database per test) and the repository's dialogs/.</summary>
public sealed class CqpBotApplication(IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"cqpbot-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", databasePath);
        builder.UseSetting("Dialogs:Path", Repository.Dialogs);
        builder.UseSetting("MicrosoftAppId", "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (services is not null)
            builder.ConfigureServices(services); // runs after the app's own registrations: the last IBot wins
    }

    public BotConversation Conversation(string channelId = "test", string? userId = null) => new(CreateClient(), channelId, userId ?? "user-" + Guid.NewGuid().ToString("N")[..8]);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            File.Delete(file);
    }
}
