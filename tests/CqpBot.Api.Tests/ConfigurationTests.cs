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
    [InlineData("DirectLine:MaxPostsPer10Seconds", "0")]
    [InlineData("DirectLine:MaxReadsPer10Seconds", "0")]
    [InlineData("DirectLine:TokenLifetimeSeconds", "600")] // shorter than DirectLineJS's 15-minute refresh
    [InlineData("DirectLine:ResumeDays", "-1")]
    [InlineData("DirectLine:ResumeDays", "366")]
    public async Task A_direct_line_setting_out_of_range_stops_the_start_with_its_name(string key, string value)
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }
}
