using Npgsql;

namespace CqpBot.Storage.Tests;

/// <summary>
/// The test PostgreSQL server (env CQPBOT_TEST_POSTGRES) and the databases this test class created on it, dropped at the end.
/// An unreachable server fails the tests, with how to start one: a silent skip would hide a provider that was never run.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "CQPBOT_TEST_POSTGRES";
    private const string Default = "Host=127.0.0.1;Port=5432;Username=cqpbot;Password=cqpbot;Database=postgres";

    private readonly List<string> databases = [];

    public string Admin { get; } = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable) ?? Default) { Timeout = 5, Pooling = false }.ConnectionString;

    /// <summary>This test class's database.</summary>
    public string ClassDatabase { get; private set; } = "";

    public async Task InitializeAsync() => ClassDatabase = await CreateDatabaseAsync();

    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"cqpbot_test_{Guid.NewGuid():N}";
        try
        {
            await AdminAsync($"CREATE DATABASE {name}");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable for the storage tests ({Describe()}): run `bash .ci/postgres.sh` (or set {Variable} to a server where this role may CREATE DATABASE). {e.Message}", e);
        }

        lock (databases)
            databases.Add(name);
        return new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = true, Timeout = 15 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        foreach (var name in databases)
            await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(Admin);
        return $"Host={builder.Host};Port={builder.Port};Username={builder.Username}";
    }
}
