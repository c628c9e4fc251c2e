using CqpBot.Storage.Sql;
using CqpBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CqpBot.Storage.Tests;

/// <summary>The contract on SQLite: every test gets its own file in a folder the store creates.</summary>
public sealed class SqliteStoreTests : StoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"cqpbot-storage-{Guid.NewGuid():N}");

    protected override Task<string> DatabaseAsync() => EmptyDatabaseAsync();

    protected override Task<string> EmptyDatabaseAsync() => Task.FromResult(Path.Combine(folder, $"{Guid.NewGuid():N}", "cqpbot.db"));

    protected override SqlStore Open(string database) => new SqliteStore(database);

    protected override async Task<object?> SqlAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    // A regular file where the folder should be: no permission trick, so it holds even when the tests run as root.
    protected override SqlStore OpenUnreachable()
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(file, "");
        return new SqliteStore(Path.Combine(file, "data", "cqpbot.db"));
    }

    [Fact]
    public async Task The_file_and_its_folder_are_created_on_first_use_in_write_ahead_log_mode()
    {
        var path = await EmptyDatabaseAsync();
        var store = Track(Open(path));

        await store.MigrateAsync();

        Assert.True(File.Exists(path));
        Assert.True(File.Exists(path + "-wal")); // WAL: readers run beside the writer
    }

    [Fact]
    public async Task A_database_locked_longer_than_the_busy_timeout_is_unavailable_not_an_error_and_writes_resume_after()
    {
        var path = await EmptyDatabaseAsync();
        var store = Track(new SqliteStore(path, busyTimeout: TimeSpan.FromMilliseconds(200)));
        await store.MigrateAsync();
        // A turn first, so that the writer has prepared its statements on the connection it drops after the failure.
        Assert.Equal(SaveResult.Saved, await store.SaveAsync(Write(NewKey(), 0, activityId: "a-1", response: "r")).WaitAsync(TimeSpan.FromSeconds(30)));
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        var holding = await other.BeginTransactionAsync(); // BEGIN IMMEDIATE: holds the write lock

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.SaveAsync(Write(NewKey(), 0)).WaitAsync(TimeSpan.FromSeconds(30)));

        await holding.RollbackAsync();
        await holding.DisposeAsync();
        // The writer outlived the failed batch: the next turns are saved, on a new connection with its own statements.
        Assert.Equal(SaveResult.Saved, await store.SaveAsync(Write(NewKey(), 0, activityId: "a-1", response: "r")).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(SaveResult.Saved, await store.SaveAsync(Write(NewKey(), 0, activityId: "a-1", response: "r")).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
