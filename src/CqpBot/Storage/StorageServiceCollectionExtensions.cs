using CqpBot.Storage.Postgres;
using CqpBot.Storage.Sql;
using CqpBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace CqpBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Binds <c>Storage</c> (checked at start-up) and registers one store as both <see cref="IInterviewStore"/> and <see cref="IDirectLineStore"/>.</summary>
    public static IServiceCollection AddCqpBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateOnStart()
            .Validate(o => o.IsSqlite || o.IsPostgres, "Storage:Provider must be Sqlite or Postgres.")
            .Validate(o => !o.IsSqlite || !string.IsNullOrWhiteSpace(o.Sqlite.Path), "Storage:Sqlite:Path is empty: give the database file (e.g. data/cqpbot.db).")
            .Validate(o => !o.IsPostgres || !string.IsNullOrWhiteSpace(o.Postgres.ConnectionString), "Storage:Postgres:ConnectionString is empty: give the PostgreSQL connection string (e.g. Host=…;Username=…;Password=…;Database=cqpbot).")
            .Validate(o => o.RetentionDays > 0, "Storage:RetentionDays must be a positive number of days.");

        services.AddSingleton<IValidateOptions<StorageOptions>, PostgresConnectionStringCheck>();

        services.AddSingleton<SqlStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.IsPostgres
                ? new PostgresStore(options.Postgres.ConnectionString)
                : new SqliteStore(Path.GetFullPath(options.Sqlite.Path, sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        });
        services.AddSingleton<IInterviewStore>(sp => sp.GetRequiredService<SqlStore>());
        services.AddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<SqlStore>());
        return services;
    }
}

/// <summary>What is wrong with the PostgreSQL connection string, said at start-up rather than on the first turn.</summary>
internal sealed class PostgresConnectionStringCheck : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        options.IsPostgres && !string.IsNullOrWhiteSpace(options.Postgres.ConnectionString) && PostgresStore.ConnectionStringProblem(options.Postgres.ConnectionString) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
}
