using System.Data.Common;
using System.Net.Sockets;
using CqpBot.Storage.Sql;
using Npgsql;

namespace CqpBot.Storage.Postgres;

/// <summary>PostgreSQL, for several instances behind a load balancer: they share the database and start together.</summary>
public sealed class PostgresStore : SqlStore
{
    // Any constant both instances agree on: the advisory lock that makes one of them migrate while the other waits.
    private const long MigrationLock = 0x4351_5042_6f74; // "CQPBot"

    private readonly NpgsqlDataSource dataSource;

    public PostgresStore(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    protected override string TimestampType => "timestamptz";

    protected override string Name => "PostgreSQL";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await dataSource.OpenConnectionAsync(cancellationToken);

    protected override Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        ScalarAsync(connection, transaction, "SELECT pg_advisory_xact_lock(@lock)", cancellationToken, ("lock", MigrationLock));

    protected override bool MeansUnavailable(Exception exception) => exception switch
    {
        // Server-side: connection trouble (08), out of resources (53), shutting down (57P), login refused (28), no such database.
        PostgresException postgres => new[] { "08", "53", "57P", "28", "3D000" }.Any(postgres.SqlState.StartsWith),
        NpgsqlException or SocketException or TimeoutException or IOException => true,
        _ => false,
    };

    protected override object ToDb(DateTimeOffset instant) => instant.ToUniversalTime();

    protected override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override void Dispose() => dataSource.Dispose();

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
