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
        if (ConnectionStringProblem(connectionString) is { } problem)
            throw new ArgumentException(problem, nameof(connectionString));
        // The same few statements run on every turn: prepared once per pooled connection, the server parses and plans
        // them once instead of on each turn. A connection string that sets "Max Auto Prepare" keeps its value, 0 included
        // (how auto-preparation is turned off, e.g. behind a transaction-mode PgBouncer).
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.Keys.Cast<string>().Any(key => key.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
            settings.MaxAutoPrepare = 32;
        // The turn writer places a server error by the batch command that failed (off by default in Npgsql, as the command
        // holds its parameters; the exception is logged without it).
        settings.IncludeFailedBatchedCommand = true;
        dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
    }

    /// <summary>Why this connection string cannot serve the store, said for the person who set it; null when it can.</summary>
    public static string? ConnectionStringProblem(string connectionString)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return $"Storage:Postgres:ConnectionString cannot be read: {e.Message}";
        }

        // With multiplexing, a connection's commands may go out on different physical connections: the turn writer's
        // transaction (BEGIN and COMMIT sent in its batch, a failed turn's ROLLBACK TO SAVEPOINT sent after) would not hold.
        return settings.Multiplexing
            ? "Storage:Postgres:ConnectionString sets Multiplexing, which CqpBot does not support (its turn writer holds a transaction across commands): remove it."
            : null;
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
    // Also: the turn's activity recorded by another writer after the turn's statement began (see Record), which the
    // replay finds applied.
    protected override bool MeansConflict(Exception exception) =>
        exception is PostgresException { SqlState: "40P01" or "40001" } or PostgresException { SqlState: "23505", TableName: "applied_activities" };

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
