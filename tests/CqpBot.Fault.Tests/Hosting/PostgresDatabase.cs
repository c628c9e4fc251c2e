using Npgsql;

namespace CqpBot.Fault.Tests.Hosting;

/// <summary>
/// A fresh PostgreSQL database for one test on the server of <c>.ci/postgres.sh</c> (or CQPBOT_TEST_POSTGRES), dropped on
/// dispose with whatever connections are still open to it.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=cqpbot;Password=cqpbot;Database=postgres";

    private PostgresDatabase(string name, NpgsqlConnectionStringBuilder server)
    {
        Name = name;
        Server = server;
    }

    public string Name { get; }

    /// <summary>The maintenance database's connection (host, port, role).</summary>
    public NpgsqlConnectionStringBuilder Server { get; }

    public string ConnectionString => ConnectionStringVia(Server.Host!, Server.Port);

    public IReadOnlyDictionary<string, string> Settings => SettingsVia(Server.Host!, Server.Port);

    /// <summary>A database of its own on the tests' shared server (CQPBOT_TEST_POSTGRES, else .ci/postgres.sh's).</summary>
    public static Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken) =>
        CreateAsync(new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CQPBOT_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer) { Pooling = false }, cancellationToken);

    /// <summary>A database of its own on <paramref name="server"/> (its maintenance database's connection).</summary>
    public static async Task<PostgresDatabase> CreateAsync(NpgsqlConnectionStringBuilder server, CancellationToken cancellationToken)
    {
        var name = $"cqpbot_fault_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}", cancellationToken);
        return new PostgresDatabase(name, server);
    }

    /// <summary>This database reached through another address (a proxy in front of the server).</summary>
    public string ConnectionStringVia(string host, int port) =>
        new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Host = host, Port = port, Database = Name, Pooling = true }.ConnectionString;

    /// <summary>The bot's settings for this database, reached at <paramref name="host"/>:<paramref name="port"/>.</summary>
    public IReadOnlyDictionary<string, string> SettingsVia(string host, int port) => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__Postgres__ConnectionString"] = ConnectionStringVia(host, port),
    };

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync(Server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The server is down (a test that stopped it failed before starting it again): its own failure is what counts.
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
