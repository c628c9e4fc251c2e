using CqpBot.Channel;
using CqpBot.Channel.Auth;
using CqpBot.Endpoints;
using CqpBot.Hosting;
using CqpBot.Storage;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

if (args.Length > 0 && args[0] == CheckDialogsCommand.Name)
    return CheckDialogsCommand.Run(args[1..], DialogsDirectory.Resolve(Environment.GetEnvironmentVariable("Dialogs__Path")), Console.Out, Console.Error);

// Configuration is read once at start-up. Reloading on change would watch the content root recursively: every write
// under it (the SQLite file and its WAL with the default data/ path) woke a thread, 7 % of the CPU under load.
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);

// The repository's appsettings.json is copied next to the binaries; it is the base layer, environment variables override it.
// ResolveFileProvider roots the source at the binaries' folder: left alone it would look under the content root
// (src/CqpBot under `dotnet run`) and, being optional, silently load nothing.
var baseLayer = new JsonConfigurationSource { Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true, ReloadOnChange = false };
baseLayer.ResolveFileProvider();
((IConfigurationBuilder)builder.Configuration).Sources.Insert(0, baseLayer);

// The host reads its URLs before our base layer is added: apply the winning value (command line, environment, then
// appsettings.json's http://localhost:3978) explicitly.
if (builder.Configuration["urls"] is { Length: > 0 } urls)
    builder.WebHost.UseUrls(urls);

builder.WebHost.ConfigureKestrel(kestrel =>
{
    // Deliberate limits (see README "Limits"): small bodies, slow senders dropped, so one client cannot stall the others.
    kestrel.Limits.MaxRequestBodySize = MessagesApi.MaxActivityBytes;
    kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
    kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
    kestrel.Limits.MaxConcurrentConnections = 2000;
});

builder.Services.AddProblemDetails();
builder.Services.AddCqpBot(builder.Configuration);

var app = builder.Build();

// dialogs/ is read now, not on the first turn: an invalid file stops the start-up with the file, the JSON path and the problem.
try
{
    app.Services.GetRequiredService<CqpBot.Domain.Guides.Loading.GuideLibrary>();
}
catch (CqpBot.Domain.Guides.Loading.InvalidDialogsException e)
{
    Console.Error.WriteLine("CqpBot cannot start: dialogs/ holds invalid files.");
    foreach (var problem in e.Errors)
        Console.Error.WriteLine(problem);
    return 1;
}

if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous)
    ChannelLog.AnonymousMode(app.Logger);
await app.Services.GetRequiredService<IInterviewStore>().MigrateAsync();

app.UseStatusCodePages();
app.UseDefaultFiles(); // "/" serves wwwroot/index.html, the candidates' page
app.UseStaticFiles();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
app.UseRateLimiter();
app.MapHealth();
app.MapMessages();
app.MapDirectLine();
app.MapRecords();

app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("CqpBot is ready: open {Url} for the web chat", app.Urls.FirstOrDefault() ?? "http://localhost:3978"));
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
