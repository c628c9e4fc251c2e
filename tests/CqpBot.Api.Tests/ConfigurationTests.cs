using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>The repository's top-level appsettings.json is the base layer of the bot's configuration, wherever it runs from.</summary>
public class ConfigurationTests
{
    [Fact]
    public async Task The_top_level_appsettings_json_is_loaded_under_the_test_host_too()
    {
        await using var app = new CqpBotApplication();
        _ = app.Server; // builds the host
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.Equal("http://localhost:3978", configuration["Urls"]);
        Assert.Equal("Embedded", configuration["DirectLine:Mode"]);
        Assert.Equal("365", configuration["Storage:RetentionDays"]);
    }

    [Theory]
    [InlineData("DirectLine:MaxPostsPer10Seconds")]
    [InlineData("DirectLine:MaxReadsPer10Seconds")]
    public async Task A_direct_line_rate_limit_that_is_not_positive_stops_the_start_with_its_name(string key)
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { [key] = "0" });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }
}
