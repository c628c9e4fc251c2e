using System.Net;
using System.Net.Sockets;
using CqpBot.Storage.Postgres;
using CqpBot.Storage.Sql;
using Npgsql;

namespace CqpBot.Storage.Tests;

/// <summary>The contract on PostgreSQL: one fresh database for the class, more for the tests that need an empty one.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : StoreContract, IClassFixture<PostgresServer>
{
    protected override Task<string> DatabaseAsync() => Task.FromResult(server.ClassDatabase);

    protected override Task<string> EmptyDatabaseAsync() => server.CreateDatabaseAsync();

    protected override SqlStore Open(string database) => new PostgresStore(database);

    protected override SqlStore OpenUnreachable() =>
        new PostgresStore(new NpgsqlConnectionStringBuilder(server.Admin) { Port = ClosedPort(), Timeout = 3 }.ConnectionString);

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
