using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Browser.Tests;

/// <summary>
/// The whole app on a real Kestrel socket (a browser cannot reach WebApplicationFactory's in-memory server),
/// bound to 127.0.0.1 on a free port, with its own SQLite file and the repository's dialogs/.
/// </summary>
public sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"cqpbot-browser-{Guid.NewGuid():N}.db");
    private readonly IReadOnlyDictionary<string, string?> settings;

    /// <param name="settings">Configuration on top of the test defaults.</param>
    public BotServer(IReadOnlyDictionary<string, string?>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string?>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Url = new Uri(address);
    }

    public Uri Url { get; }

    /// <summary>The app's store, which a test may unplug to show what a candidate sees while it is down.</summary>
    public UnpluggableStore Store => Services.GetRequiredService<UnpluggableStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseShutdownTimeout(TimeSpan.FromSeconds(5)); // a socket left open must not hold a test for the default 30 s
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:Path", databasePath);
        builder.UseSetting("Dialogs:Path", Repository.Dialogs);
        builder.UseSetting("MicrosoftAppId", "");
        // The test clicks faster than any person (30 answers in under 10 s): the per-conversation flood limit has its own test.
        builder.UseSetting("DirectLine:MaxPostsPer10Seconds", "1000");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(UnpluggableStore.Install); // passes every call through until a test unplugs it
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            File.Delete(file);
    }
}
