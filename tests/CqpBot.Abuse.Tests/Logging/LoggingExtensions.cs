using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CqpBot.Abuse.Tests.Logging;

public static class LoggingExtensions
{
    /// <summary>The same app, every category from <paramref name="level"/> into <paramref name="logs"/> (a provider rule beats appsettings' category levels).</summary>
    public static WebApplicationFactory<Program> CapturingLogs(this WebApplicationFactory<Program> app, CapturedLogs logs, LogLevel level = LogLevel.Trace) =>
        app.WithWebHostBuilder(web => web.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(level);
            logging.AddProvider(logs);
            logging.AddFilter<CapturedLogs>(null, level);
        }));
}
