using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>The bot in process, with its own SQLite file (one database per test) and the repository's dialogs/.</summary>
public sealed class CqpBotApplication(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"cqpbot-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseShutdownTimeout(TimeSpan.FromSeconds(5)); // on Kestrel, a socket left open must not hold a test for 30 s
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", databasePath);
        builder.UseSetting("Dialogs:Path", Repository.Dialogs);
        builder.UseSetting("MicrosoftAppId", "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (services is not null)
            builder.ConfigureServices(services); // runs after the app's own registrations: the last IBot wins
    }

    /// <summary>
    /// Serves on a real Kestrel socket (127.0.0.1, a free port) instead of the in-memory server, whose WebSockets
    /// neither abort on a cancelled call nor close as .NET's do; returns the server's address.
    /// </summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public BotConversation Conversation(string channelId = "test", string? userId = null) => new(CreateClient(), channelId, userId ?? "user-" + Guid.NewGuid().ToString("N")[..8]);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            File.Delete(file);
    }
}
