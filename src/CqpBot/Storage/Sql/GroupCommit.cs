using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>
/// The one turn writer of a store instance. Every commit waits for the disk (SQLite's fsync with synchronous=FULL,
/// PostgreSQL's WAL flush; about 2 ms here), so one commit per turn capped the bot at a few hundred turns/s and made
/// writers queue on the lock. Turns that arrive while a commit is under way go together in the next transaction,
/// each in its own savepoint (a conflict or a duplicate undoes only its own statements): one flush makes the whole
/// batch durable, and no turn is answered before the commit that holds it has returned. Several instances on one
/// PostgreSQL each have their writer; the optimistic version check orders them as before. (Four writers per
/// instance on PostgreSQL were tried: slower, the server shares the machine's cores.)
/// </summary>
internal sealed class GroupCommit
{
    private const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> open;
    private readonly Func<Exception, bool> meansConflict;
    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    /// <param name="meansConflict">
    /// True for a provider error that only says "another writer got there first" (a PostgreSQL deadlock or
    /// serialisation failure between two instances): the turn is undone and answered Conflict, so the bot replays it.
    /// </param>
    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open, Func<Exception, bool> meansConflict)
    {
        this.open = open;
        this.meansConflict = meansConflict;
        // Not under the first request's context: its activity and logging scopes would parent every batch.
        using (ExecutionContext.SuppressFlow())
            writer = Task.Run(WriteAsync);
    }

    /// <summary>The turn's result once its batch is committed; the commit's exception if the batch could not be.</summary>
    public Task<SaveResult> CommitAsync(TurnWrite write)
    {
        var pending = new Pending(write, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(SqlStore));
        return pending.Result.Task;
    }

    /// <summary>Refuses new writes and lets the queued ones commit.</summary>
    public void Complete(TimeSpan wait)
    {
        queue.Writer.TryComplete();
        writer.Wait(wait);
    }

    private async Task WriteAsync()
    {
        // The writer's connection stays open between batches (a SQLite writer's PRAGMAs run once); dropped after a
        // failed batch, so that the next one starts from a fresh open.
        DbConnection? connection = null;
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
                batch.Add(pending);
            try
            {
                connection = await CommitBatchAsync(connection, batch);
            }
            catch (Exception e)
            {
                // Never expected (CommitBatchAsync settles its turns itself), but the writer must outlive anything:
                // if it stopped, every later turn would wait for ever.
                foreach (var pending in batch)
                    pending.Result.TrySetException(e);
                connection = null;
            }

            batch.Clear();
        }

        await DropAsync(connection);
    }

    /// <summary>Commits the batch and settles each turn; returns the connection to keep (null after a failure).</summary>
    private async Task<DbConnection?> CommitBatchAsync(DbConnection? connection, List<Pending> batch)
    {
        var outcomes = new (SaveResult Result, Exception? Error)[batch.Count];
        try
        {
            connection ??= await open(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
                outcomes[i] = await RunInSavepointAsync(connection, transaction, batch[i].Write);
            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // Not committed: nothing of this batch is durable, every turn in it fails (settled before anything else can throw).
            foreach (var pending in batch)
                pending.Result.TrySetException(e);
            await DropAsync(connection);
            return null;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
                batch[i].Result.TrySetException(error);
            else
                batch[i].Result.TrySetResult(outcomes[i].Result);
        }

        return connection;
    }

    private static async Task DropAsync(DbConnection? connection)
    {
        try
        {
            if (connection is not null)
                await connection.DisposeAsync();
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // A broken connection may fail to close; it is dropped either way.
        }
    }

    /// <summary>
    /// One turn's statements, undone alone if they fail or do not save. Any exception stays this turn's (a bug in one
    /// turn must not fail the others in its batch); only a savepoint that cannot be rolled back fails the batch, and
    /// then with the turn's own error first, so that a lost connection still reads as "unavailable".
    /// </summary>
    private async Task<(SaveResult, Exception?)> RunInSavepointAsync(DbConnection connection, DbTransaction transaction, TurnWrite write)
    {
        const string savepoint = "turn";
        await transaction.SaveAsync(savepoint);
        (SaveResult Result, Exception? Error) outcome;
        try
        {
            outcome = (await write(connection, transaction, CancellationToken.None), null);
        }
        catch (DbException e) when (meansConflict(e))
        {
            outcome = (SaveResult.Conflict, null);
        }
        catch (Exception e)
        {
            outcome = (SaveResult.Conflict, e);
        }

        try
        {
            if (outcome.Error is not null || outcome.Result != SaveResult.Saved)
                await transaction.RollbackAsync(savepoint);
            await transaction.ReleaseAsync(savepoint);
        }
        catch (Exception rollback) when (outcome.Error is not null)
        {
            throw new AggregateException("A turn failed and its savepoint could not be rolled back.", outcome.Error, rollback);
        }

        return outcome;
    }

    private sealed record Pending(TurnWrite Write, TaskCompletionSource<SaveResult> Result);
}
