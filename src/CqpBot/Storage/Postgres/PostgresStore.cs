using System.Data.Common;
using System.Net.Sockets;
using CqpBot.Storage.Sql;
using Npgsql;

namespace CqpBot.Storage.Postgres;

/// <summary>PostgreSQL, for several instances behind a load balancer: they share the database and start together.</summary>
public sealed partial class PostgresStore : SqlStore
{
    // Any constant both instances agree on: the advisory lock that makes one of them migrate while the other waits.
    private const long MigrationLock = 0x4351_5042_6f74; // "CQPBot"

    private readonly NpgsqlDataSource dataSource;

    public PostgresStore(string connectionString)
    {
        // The same few statements run on every turn: prepared once per pooled connection, the server parses and plans
        // them once instead of on each turn. A connection string that sets "Max Auto Prepare" keeps its value, 0 included
        // (how auto-preparation is turned off, e.g. behind a transaction-mode PgBouncer).
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.Keys.Cast<string>().Any(key => key.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            settings.MaxAutoPrepare = 32;
        dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
    }

    protected override string TimestampType => "timestamptz";

    protected override string BinaryType => "bytea";

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

    // Two instances writing the same conversations in opposite orders within their batches: PostgreSQL breaks the
    // deadlock (or a serialisation failure) by failing one statement; that turn was undone by its savepoint.
    protected override bool MeansConflict(Exception exception) => exception is PostgresException { SqlState: "40P01" or "40001" };

    protected override object ToDb(DateTimeOffset instant) => instant.ToUniversalTime();

    protected override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override void Dispose()
    {
        CompleteTurnWrites();
        dataSource.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        CompleteTurnWrites();
        return dataSource.DisposeAsync();
    }
}
