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
    [InlineData(1, 4)] // the batch is sent a third time, after the second refusal
    public async Task A_turn_the_database_refuses_fails_alone_and_the_turns_sent_with_it_are_saved(params int[] refusedTurns)
    {
        var keys = await SavedKeysAsync(6);

        // PostgreSQL refuses a NUL character in text: that turn's statement fails, first, in the middle or last of the batch.
        var saves = await SaveInOneBatchAsync(keys.Select((key, i) => Write(key, 1, refusedTurns.Contains(i) ? "{\"step\":\"\u0000\"}" : """{"step":"second"}""", activityId: "a-2", response: "next")));

        foreach (var i in refusedTurns)
            Assert.Equal("22021", (await Assert.ThrowsAsync<PostgresException>(() => saves[i])).SqlState);
        Assert.All(await Task.WhenAll(saves.Where((_, i) => !refusedTurns.Contains(i))), result => Assert.Equal(SaveResult.Saved, result));
        await AssertVersionsAsync(keys, i => refusedTurns.Contains(i) ? 1 : 2);
        foreach (var (key, i) in keys.Select((key, i) => (key, i)))
            Assert.Equal(refusedTurns.Contains(i) ? null : "next", await Store.GetAppliedResponseAsync(key, "a-2")); // nothing of a refused turn was kept
    }

    [Fact]
    public async Task A_conflict_and_a_refused_turn_in_one_batch_leave_the_other_turns_saved()
    {
        var keys = await SavedKeysAsync(5);

        var saves = await SaveInOneBatchAsync(keys.Select((key, i) => i switch
        {
            1 => Write(key, 7, activityId: "a-2"), // written from a stale version: a conflict, nothing written
            3 => Write(key, 1, "{\"step\":\"\u0000\"}", activityId: "a-2"),
            _ => Write(key, 1, activityId: "a-2"),
        }));

        Assert.Equal(SaveResult.Conflict, await saves[1]);
        await Assert.ThrowsAsync<PostgresException>(() => saves[3]);
        Assert.Equal([SaveResult.Saved, SaveResult.Saved, SaveResult.Saved], await Task.WhenAll(saves[0], saves[2], saves[4]));
        await AssertVersionsAsync(keys, i => i is 1 or 3 ? 1 : 2);
        Assert.Null(await Store.GetAppliedResponseAsync(keys[1], "a-2"));
    }

    [Fact]
    public async Task A_turn_whose_activity_another_writer_records_meanwhile_is_a_conflict_and_leaves_the_interview_unwritten()
    {
        var key = (await SavedKeysAsync(1))[0];
        // Another writer records the same activity and holds it uncommitted: the turn's statement sees no applied row,
        // writes the interview, then waits on that activity's index entry until the other commits.
        await using var other = new NpgsqlConnection(server.ClassDatabase);
        await other.OpenAsync();
        await using var recording = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO applied_activities (conversation_key, activity_id, response) VALUES (@key, 'a-2', NULL)", other))
        {
            insert.Parameters.AddWithValue("key", key);
            await insert.ExecuteNonQueryAsync();
        }

        var save = Store.SaveAsync(Write(key, 1, """{"step":"second"}""", activityId: "a-2", response: "mine"));
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1);
        await recording.CommitAsync();

        Assert.Equal(SaveResult.Conflict, await save.WaitAsync(TimeSpan.FromSeconds(30))); // replayed, the turn finds its activity applied
        await AssertVersionsAsync([key], _ => 1); // never the interview written without its activity
        Assert.Equal(SaveResult.Duplicate, await Store.SaveAsync(Write(key, 1, activityId: "a-2")));
    }

    [Fact]
    public async Task A_connection_lost_in_the_middle_of_a_batch_fails_its_turns_stores_none_of_them_and_the_next_batch_is_saved()
    {
        var keys = await SavedKeysAsync(4);
        // Another instance holds the third key: the batch writes the first two, then waits; then its backend is killed.
        await using var other = new NpgsqlConnection(server.ClassDatabase);
        await other.OpenAsync();
        await using var holds = await other.BeginTransactionAsync();
        await Lock(other, keys[2]);

        var saves = await SaveInOneBatchAsync(keys.Select(key => Write(key, 1, activityId: "a-2", response: "next")));
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1);
        await using (var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", other))
            await kill.ExecuteNonQueryAsync();

        foreach (var save in saves)
            await Assert.ThrowsAsync<StoreUnavailableException>(() => save.WaitAsync(TimeSpan.FromSeconds(30)));
        await holds.RollbackAsync();
        await AssertVersionsAsync(keys, _ => 1); // nothing of the batch was committed
        Assert.Null(await Store.GetAppliedResponseAsync(keys[0], "a-2"));

        // The writer opens a new connection: the turns, sent again, are saved.
        Assert.All(await Task.WhenAll(keys.Select(key => Store.SaveAsync(Write(key, 1, activityId: "a-2")))), result => Assert.Equal(SaveResult.Saved, result));
        await AssertVersionsAsync(keys, _ => 2);
    }

    private async Task<List<string>> SavedKeysAsync(int count)
    {
        var keys = Enumerable.Range(0, count).Select(_ => NewKey()).ToList();
        foreach (var key in keys)
            Assert.Equal(SaveResult.Saved, await Store.SaveAsync(Write(key, 0)));
        return keys;
    }

    /// <summary>Saves the writes as one batch: another instance holds a row the writer waits on while they queue behind it.</summary>
    private async Task<List<Task<SaveResult>>> SaveInOneBatchAsync(IEnumerable<InterviewWrite> writes)
    {
        var blocker = (await SavedKeysAsync(1))[0];
        await using var other = new NpgsqlConnection(server.ClassDatabase);
        await other.OpenAsync();
        await using var holdsBlocker = await other.BeginTransactionAsync();
        await Lock(other, blocker);
        var waiting = Store.SaveAsync(Write(blocker, 1));
        await UntilAsync(() => WaitingLocksAsync(), count => count >= 1);
        var saves = writes.Select(write => Store.SaveAsync(write)).ToList();
        await holdsBlocker.RollbackAsync();
        Assert.Equal(SaveResult.Saved, await waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        return saves;
    }

    private async Task AssertVersionsAsync(IReadOnlyList<string> keys, Func<int, long> expected)
    {
        var stored = await Task.WhenAll(keys.Select(key => Store.GetAsync(key)));
        Assert.Equal(keys.Select((_, i) => expected(i)), stored.Select(s => s!.Version));
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
