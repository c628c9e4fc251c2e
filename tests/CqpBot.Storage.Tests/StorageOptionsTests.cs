using CqpBot.Storage.Postgres;
using CqpBot.Storage.Sql;
using CqpBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CqpBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Theory]
    [InlineData("Provider", "Mongo", "Storage:Provider must be Sqlite or Postgres.")]
    [InlineData("Sqlite:Path", "", "Storage:Sqlite:Path is empty")]
    [InlineData("RetentionDays", "0", "Storage:RetentionDays must be a positive number of days.")]
    public void A_wrong_sqlite_setting_is_refused_with_what_to_fix(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options((key, value), ("Provider", "Sqlite")).Value);

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Postgres_without_a_connection_string_is_refused_with_what_to_fix()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Provider", "Postgres"), ("Postgres:ConnectionString", " ")).Value);

        Assert.Contains("Storage:Postgres:ConnectionString is empty", error.Message);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Username=cqpbot;Multiplexing=true", "sets Multiplexing, which CqpBot does not support")]
    [InlineData("Host=127.0.0.1;Colour=blue", "Storage:Postgres:ConnectionString cannot be read")]
    public void A_postgres_connection_string_the_store_cannot_use_is_refused_at_start_up_with_why(string connectionString, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Provider", "Postgres"), ("Postgres:ConnectionString", connectionString)).Value);

        Assert.Contains(message, error.Message);
        Assert.Contains(message, Assert.Throws<ArgumentException>(() => new PostgresStore(connectionString)).Message);
    }

    [Fact]
    public void One_sqlite_store_serves_interviews_and_direct_line_with_a_relative_path_under_the_content_root()
    {
        using var services = Services(("Provider", "sqlite"), ("Sqlite:Path", "data/bot.db"));

        var store = Assert.IsType<SqliteStore>(services.GetRequiredService<IInterviewStore>());

        Assert.Same(store, services.GetRequiredService<IDirectLineStore>());
        Assert.Equal(Path.Combine(ContentRoot, "data", "bot.db"), store.Path);
    }

    [Fact]
    public void The_postgres_provider_gives_a_postgres_store()
    {
        using var services = Services(("Provider", "Postgres"), ("Postgres:ConnectionString", "Host=127.0.0.1;Username=cqpbot"));

        Assert.IsType<PostgresStore>(services.GetRequiredService<IInterviewStore>());
    }

    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "cqpbot-content-root");

    private static IOptions<StorageOptions> Options(params (string Key, string Value)[] settings) =>
        Services(settings).GetRequiredService<IOptions<StorageOptions>>();

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("Storage:" + s.Key, s.Value)).DistinctBy(s => s.Key, StringComparer.OrdinalIgnoreCase))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new Environment { ContentRootPath = ContentRoot })
            .AddCqpBotStorage(configuration)
            .BuildServiceProvider();
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "CqpBot";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
