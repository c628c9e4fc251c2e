using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>
/// The one turn writer of a store instance. Every commit waits for the disk (SQLite's fsync with synchronous=FULL,
/// PostgreSQL's WAL flush; about 2 ms here), so one commit per turn capped the bot at a few hundred turns/s and made
/// writers queue on the lock. Turns that arrive while a commit is under way go together in the next transaction,
/// each undone alone if it conflicts or fails (the store's <see cref="WriteTurns"/> decides how): one flush makes the whole
/// batch durable, and no turn is answered before the commit that holds it has returned. Several instances on one
/// PostgreSQL each have their writer; the optimistic version check orders them as before. (Four writers per
/// instance on PostgreSQL were tried: slower, the server shares the machine's cores.)
/// </summary>
internal sealed class GroupCommit
{
    private const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> open;
    private readonly WriteTurns writeTurns;
    private readonly bool commitsInBatch;
    private readonly System.Threading.Channels.Channel<Pending> queue = System.Threading.Channels.Channel.CreateUnbounded<Pending>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;

    /// <param name="commitsInBatch">
    /// The store begins and commits the batch's transaction itself, in the batch's own round trip (PostgreSQL: a
    /// separate COMMIT would cost a second round trip per batch, the writer's wait with the database a hop away).
    /// </param>
    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open, WriteTurns writeTurns, bool commitsInBatch = false)
    {
        this.open = open;
        this.writeTurns = writeTurns;
        this.commitsInBatch = commitsInBatch;
        // Not under the first request's context: its activity and logging scopes would parent every batch.
        using (ExecutionContext.SuppressFlow())
            writer = Task.Run(WriteAsync);
    }

    /// <summary>The turn's result once its batch is committed; the commit's exception if the batch could not be.</summary>
    public Task<SaveResult> CommitAsync(TurnWrite turn)
    {
        var pending = new Pending(turn, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
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
                await DropAsync(connection);
                connection = null;
            }

            batch.Clear();
        }

        await DropAsync(connection);
    }

    /// <summary>Commits the batch and settles each turn; returns the connection to keep (null after a failure).</summary>
    private async Task<DbConnection?> CommitBatchAsync(DbConnection? connection, List<Pending> batch)
    {
        IReadOnlyList<TurnOutcome> outcomes;
        try
        {
            connection ??= await open(CancellationToken.None);
            var turns = batch.ConvertAll(pending => pending.Turn);
            if (commitsInBatch)
                outcomes = CheckCount(await writeTurns(connection, null, turns), batch);
            else
            {
                await using var transaction = await connection.BeginTransactionAsync();
                outcomes = CheckCount(await writeTurns(connection, transaction, turns), batch);
                await transaction.CommitAsync();
            }
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

    private static IReadOnlyList<TurnOutcome> CheckCount(IReadOnlyList<TurnOutcome> outcomes, List<Pending> batch) => outcomes.Count == batch.Count
        ? outcomes
        : throw new InvalidOperationException($"The store wrote {outcomes.Count} outcomes for a batch of {batch.Count} turns.");

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

    private sealed record Pending(TurnWrite Turn, TaskCompletionSource<SaveResult> Result);
}
