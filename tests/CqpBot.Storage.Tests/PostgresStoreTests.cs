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

    protected override async Task<object?> SqlAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    protected override SqlStore OpenUnreachable() =>
        new PostgresStore(new NpgsqlConnectionStringBuilder(server.Admin) { Port = ClosedPort(), Timeout = 3 }.ConnectionString);

    [Fact]
    public async Task A_turn_that_loses_a_deadlock_to_another_writer_is_a_conflict_to_replay_not_an_error()
    {
        // PostgreSQL fails the backend whose deadlock check runs first. On a loaded machine the other instance's check
        // can come first (its wait began more than deadlock_timeout after the batch's): then nothing is shown, play again.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            if (await DeadlockAsync() is not { } outcome)
                continue;
            var (results, x, y) = outcome;
            Assert.Equal([SaveResult.Saved, SaveResult.Saved, SaveResult.Conflict], results);
            Assert.Equal(1, (await Store.GetAsync(y))!.Version); // undone: the bot replays it on the fresh state
            Assert.Equal(2, (await Store.GetAsync(x))!.Version);
            return;
        }

        Assert.Fail("in three attempts, PostgreSQL never chose the store's batch as the deadlock's victim");
    }

    /// <summary>The store's batch and another instance in a deadlock; null when the other instance lost it.</summary>
    private async Task<(SaveResult[] Results, string X, string Y)?> DeadlockAsync()
    {
        var (blocker, x, y) = (NewKey(), NewKey(), NewKey());
        foreach (var key in new[] { blocker, x, y })
            Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 0)));

        // Another instance, as two connections: one holds `blocker` (so that x and y queue into one batch behind it),
        // the other holds y.
        await using var first = new NpgsqlConnection(server.ClassDatabase);
        await using var second = new NpgsqlConnection(server.ClassDatabase);
        await first.OpenAsync();
        await second.OpenAsync();
        await using var holdsBlocker = await first.BeginTransactionAsync();
        await using var holdsY = await second.BeginTransactionAsync();
        await Lock(first, blocker);
        await Lock(second, y);

        var waiting = Store.SaveAsync(Write(blocker, 1));
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1); // the writer is now waiting on `blocker`
        var saveX = Store.SaveAsync(Write(x, 1));
        var saveY = Store.SaveAsync(Write(y, 1));
        await holdsBlocker.RollbackAsync(); // the next batch, x then y, locks x and waits on y
        await UntilAsync(() => IsLockedAsync(x), locked => locked);
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1);
        // The other instance now wants x: a deadlock, which PostgreSQL breaks after deadlock_timeout (1 s) by failing the
        // statement of the backend whose check runs first: normally the batch's, which has waited longest.
        var otherWantsX = Lock(second, x);

        var results = await Task.WhenAll(waiting, saveX, saveY).WaitAsync(TimeSpan.FromSeconds(30));
        try
        {
            await otherWantsX.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (PostgresException e) when (e.SqlState == "40P01")
        {
            return null;
        }

        await holdsY.CommitAsync();
        return (results, x, y);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(5)] // the last: what is left to send after it is the COMMIT alone
    public async Task A_turn_the_database_refuses_fails_alone_and_the_turns_sent_with_it_are_saved(int refusedTurn)
    {
        var blocker = NewKey();
        var keys = Enumerable.Range(0, 6).Select(_ => NewKey()).ToList();
        foreach (var key in keys.Prepend(blocker))
            Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 0)));

        // Another instance holds `blocker`, so that the next six turns queue into one batch behind it.
        await using var other = new NpgsqlConnection(server.ClassDatabase);
        await other.OpenAsync();
        await using var holdsBlocker = await other.BeginTransactionAsync();
        await Lock(other, blocker);
        var waiting = Store.SaveAsync(Write(blocker, 1));
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1);
        // PostgreSQL refuses a NUL character in text: that turn's statement fails, first, in the middle or last of the batch.
        var saves = keys.Select((key, i) => Store.SaveAsync(Write(key, 1, i == refusedTurn ? "{\"step\":\"\u0000\"}" : """{"step":"second"}""", activityId: "a-2", response: "next"))).ToList();
        await holdsBlocker.RollbackAsync();

        Assert.Equal(SaveResult.Saved, await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        var refused = await Assert.ThrowsAsync<PostgresException>(() => saves[refusedTurn].WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("22021", refused.SqlState);
        Assert.All(await Task.WhenAll(saves.Where((_, i) => i != refusedTurn)), result => Assert.Equal(SaveResult.Saved, result));
        var stored = await Task.WhenAll(keys.Select(key => Store.GetAsync(key)));
        Assert.Equal(keys.Select((_, i) => i == refusedTurn ? 1L : 2L), stored.Select(s => s!.Version));
        Assert.Null(await Store.GetAppliedResponseAsync(keys[refusedTurn], "a-2")); // nothing of the refused turn was kept
        foreach (var key in keys.Where((_, i) => i != refusedTurn))
            Assert.Equal("next", await Store.GetAppliedResponseAsync(key, "a-2"));
    }

    private async Task<long> WaitingLocksAsync()
    {
        await using var connection = new NpgsqlConnection(server.ClassDatabase);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>True while another transaction holds the row (a NOWAIT lock attempt fails with 55P03).</summary>
    private async Task<bool> IsLockedAsync(string key)
    {
        await using var connection = new NpgsqlConnection(server.ClassDatabase);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM interviews WHERE conversation_key = @key FOR UPDATE NOWAIT", connection);
        command.Parameters.AddWithValue("key", key);
        try
        {
            await command.ExecuteScalarAsync();
            return false;
        }
        catch (PostgresException e) when (e.SqlState == "55P03")
        {
            return true;
        }
    }

    private static async Task UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!done(await read()))
        {
            Assert.True(DateTime.UtcNow < deadline, "the writer did not reach the expected lock wait within 20 s");
            await Task.Delay(20);
        }
    }

    private static async Task Lock(NpgsqlConnection connection, string key)
    {
        await using var command = new NpgsqlCommand("UPDATE interviews SET status = status WHERE conversation_key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }

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
