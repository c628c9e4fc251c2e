using System.Data.Common;
using System.Globalization;
using CqpBot.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace CqpBot.Storage.Sqlite;

/// <summary>
/// One file, for a single instance or a developer machine. WAL lets readers run beside the writer; synchronous=FULL
/// makes a committed turn durable before its reply leaves; a writer waits <see cref="BusyTimeout"/> for the lock.
/// </summary>
public sealed class SqliteStore(string path, TimeSpan? busyTimeout = null) : SqlStore
{
    public TimeSpan BusyTimeout { get; } = busyTimeout ?? TimeSpan.FromSeconds(5);

    // Fixed width, UTC: text that sorts as the instants do, so "updated_at < @before" is right.
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    // The primary result codes that mean "cannot open, cannot write, or locked too long", not a bug in a statement.
    private static readonly HashSet<int> UnavailableCodes =
    [
        3 /* PERM */, 5 /* BUSY */, 6 /* LOCKED */, 8 /* READONLY */, 10 /* IOERR */, 13 /* FULL */, 14 /* CANTOPEN */, 15 /* PROTOCOL */, 23 /* AUTH */,
    ];

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = Math.Max(1, (int)(busyTimeout ?? TimeSpan.FromSeconds(5)).TotalSeconds),
    }.ToString();

    private volatile bool walSet, folderReady;

    public string Path => path;

    protected override string TimestampType => "TEXT";

    protected override string BinaryType => "BLOB";

    protected override string Name => "SQLite";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!folderReady && System.IO.Path.GetDirectoryName(path) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        folderReady = true;
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL is a property of the file, set by the first connection; the other two are per connection.
            var walFirst = walSet ? "" : "PRAGMA journal_mode = WAL; ";
            await ExecuteAsync(connection, null, $"{walFirst}PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};", cancellationToken);
            walSet = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A reader needs none of the writers' PRAGMAs (synchronous and the busy timeout only matter to writes; in WAL mode
    /// readers do not wait for the writer, and the rare SQLITE_BUSY of a recovery is retried by Microsoft.Data.Sqlite up
    /// to the connection's default timeout): a turn's read opens a pooled connection and runs its SELECT, nothing more.
    /// </summary>
    protected override async Task<DbConnection> OpenForReadAsync(CancellationToken cancellationToken)
    {
        if (!walSet)
            return await OpenAsync(cancellationToken);
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected override bool MeansUnavailable(Exception exception) => exception switch
    {
        SqliteException sqlite => UnavailableCodes.Contains(sqlite.SqliteErrorCode & 0xFF),
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    protected override object ToDb(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Dispose()
    {
        CompleteTurnWrites();
        // Pooled connections keep the file (and its WAL) open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
