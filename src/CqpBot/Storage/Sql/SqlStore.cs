using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>
/// What SQLite and PostgreSQL share: portable SQL over ADO.NET, the migration runner, and the rule that a store
/// that cannot be reached surfaces as <see cref="StoreUnavailableException"/>. Providers supply the connection,
/// the instant type and which of their errors mean "unreachable".
/// </summary>
public abstract partial class SqlStore : IInterviewStore, IDirectLineStore, IDisposable, IAsyncDisposable
{
    /// <summary>The provider's column type for an instant, substituted for <c>{timestamp}</c> in migrations.</summary>
    protected abstract string TimestampType { get; }

    /// <summary>The provider's column type for bytes, substituted for <c>{binary}</c> in migrations.</summary>
    protected abstract string BinaryType { get; }

    protected abstract string Name { get; }

    /// <summary>An open connection, set up for this store (pragmas, pooling).</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A connection that only reads; a provider may set it up more cheaply than a writer's.</summary>
    protected virtual Task<DbConnection> OpenForReadAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>True when the error means the store cannot be reached, opened, or stayed locked too long.</summary>
    protected abstract bool MeansUnavailable(Exception exception);

    protected abstract object ToDb(DateTimeOffset instant);

    protected abstract DateTimeOffset ReadInstant(DbDataReader reader, int ordinal);

    /// <summary>Serialises concurrent start-ups inside the migration transaction, where the provider needs it.</summary>
    protected virtual Task LockMigrationsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Releases pooled connections (files, sockets); a container may dispose either way.</summary>
    public abstract void Dispose();

    public virtual ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync(int.MaxValue, cancellationToken);

    /// <summary>Applies the migrations not applied yet, up to <paramref name="upTo"/>, in one transaction.</summary>
    public Task MigrateAsync(int upTo, CancellationToken cancellationToken = default) => InTransactionAsync(async (connection, transaction) =>
    {
        await LockMigrationsAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, $"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, applied_at {TimestampType} NOT NULL)", cancellationToken);
        var applied = (await QueryAsync(connection, transaction, "SELECT version FROM schema_migrations", r => r.GetInt64(0), cancellationToken)).ToHashSet();

        foreach (var migration in Migrations.All.Where(m => m.Version <= upTo && !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await ExecuteAsync(connection, transaction, migration.Sql.Replace("{timestamp}", TimestampType).Replace("{binary}", BinaryType), cancellationToken);
            await ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (version, applied_at) VALUES (@version, @at)", cancellationToken,
                ("version", migration.Version), ("at", ToDb(DateTimeOffset.UtcNow)));
        }

        return true;
    }, cancellationToken);

    /// <summary>The schema versions applied, in order (what a deployment check or a test reads).</summary>
    public Task<List<long>> AppliedMigrationsAsync(CancellationToken cancellationToken = default) => ReadAsync(connection =>
        QueryAsync(connection, null, "SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt64(0), cancellationToken), cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await WithConnectionAsync(async connection => await Command(connection, null, "SELECT 1").ExecuteScalarAsync(cancellationToken) is not null, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }

    protected Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(work, OpenAsync, cancellationToken);

    /// <summary>For statements that only read.</summary>
    protected Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(work, OpenForReadAsync, cancellationToken);

    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, Func<CancellationToken, Task<DbConnection>> open, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await open(cancellationToken);
            return await work(connection);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && IsUnavailable(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>
    /// The error, or one it wraps, means the store cannot be reached: a transaction used after its connection broke
    /// throws ObjectDisposedException around the provider's network error.
    /// </summary>
    private bool IsUnavailable(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (MeansUnavailable(error))
                return true;
        }

        return false;
    }

    protected StoreUnavailableException Unavailable(Exception exception) => new($"The {Name} store is unavailable: {exception.Message}", exception);

    /// <summary>Runs <paramref name="work"/> in a transaction, committed when it returns.</summary>
    protected Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);

    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    protected static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    protected static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(map(reader));
        return rows;
    }
}
