using System.Data.Common;
using CqpBot.Storage.Sql;

namespace CqpBot.Storage.Sqlite;

/// <summary>
/// The one writer of a SQLite file. With synchronous=FULL every commit waits for an fsync (about 2 ms here), so one
/// commit per turn caps the whole bot at a few hundred turns/s and makes writers sleep in SQLite's busy handler.
/// Turns that arrive while a commit is under way go together in the next transaction, each in its own savepoint
/// (a conflict or a duplicate undoes only its own statements): one fsync makes the whole batch durable, and no
/// turn is answered before the commit that holds it has returned.
/// </summary>
internal sealed class SqliteGroupCommit
{
    private const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> open;
    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    public SqliteGroupCommit(Func<CancellationToken, Task<DbConnection>> open)
    {
        this.open = open;
        writer = Task.Run(WriteAsync);
    }

    /// <summary>The turn's result once its batch is committed; the commit's exception if the batch could not be.</summary>
    public Task<SaveResult> CommitAsync(TurnWrite write)
    {
        var pending = new Pending(write, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(SqliteStore));
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
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
                batch.Add(pending);
            await CommitBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitBatchAsync(List<Pending> batch)
    {
        var outcomes = new (SaveResult Result, Exception? Error)[batch.Count];
        try
        {
            await using var connection = await open(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
                outcomes[i] = await RunInSavepointAsync(connection, transaction, batch[i].Write);
            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // Not committed: nothing of this batch is durable, every turn in it fails.
            foreach (var pending in batch)
                pending.Result.TrySetException(e);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
                batch[i].Result.TrySetException(error);
            else
                batch[i].Result.TrySetResult(outcomes[i].Result);
        }
    }

    private static async Task<(SaveResult, Exception?)> RunInSavepointAsync(DbConnection connection, DbTransaction transaction, TurnWrite write)
    {
        const string savepoint = "turn";
        await transaction.SaveAsync(savepoint);
        (SaveResult Result, Exception? Error) outcome;
        try
        {
            outcome = (await write(connection, transaction, CancellationToken.None), null);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            outcome = (SaveResult.Conflict, e);
        }

        if (outcome.Error is not null || outcome.Result != SaveResult.Saved)
            await transaction.RollbackAsync(savepoint);
        await transaction.ReleaseAsync(savepoint);
        return outcome;
    }

    private sealed record Pending(TurnWrite Write, TaskCompletionSource<SaveResult> Result);
}
