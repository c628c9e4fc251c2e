using System.Data.Common;
using CqpBot.Storage.Sql;
using Npgsql;
using NpgsqlTypes;

namespace CqpBot.Storage.Postgres;

/// <summary>
/// A batch of turns in one round trip, commit included. Statement by statement, each turn cost four round trips inside
/// the writer's transaction (savepoint, applied activity, interview, release), and the commit a fifth: with the database
/// one network hop away the one writer would wait on the network most of the time. Here each turn is one statement that
/// writes the interview and its applied activity together, or nothing; the whole batch, BEGIN, each turn after its own
/// savepoint, then COMMIT, is sent at once. A statement that fails (a deadlock with another instance) stops the rest,
/// COMMIT included: that turn alone is rolled back to its savepoint, and the turns after it are sent again with the
/// COMMIT.
/// </summary>
public sealed partial class PostgresStore
{
    private protected override bool CommitsInBatch => true;

    private protected override async Task<IReadOnlyList<TurnOutcome>> WriteTurnsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<TurnWrite> writes)
    {
        var outcomes = new TurnOutcome[writes.Count];
        try
        {
            // Until a batch gets through to its COMMIT; the last one may hold no turn left, only the COMMIT.
            for (var next = 0; next >= 0;)
                next = await WriteFromAsync((NpgsqlConnection)connection, writes, next, outcomes);
        }
        catch
        {
            // Every turn of the batch fails. A server error stopped the batch before its COMMIT: nothing of it is
            // committed. An error on this side once the batch went out (the connection lost while reading the
            // results) leaves the outcome unknown: the COMMIT may have run. Either way the retry is safe: a turn
            // committed after all is found applied when its activity comes again, and any other turn on that
            // conversation conflicts on the version and is replayed on the stored state.
            // The writer drops the connection; this leaves no transaction open on it.
            await RollBackQuietlyAsync(connection);
            throw;
        }

        return outcomes;
    }

    /// <summary>
    /// Sends the turns from <paramref name="first"/> on, then COMMIT; returns -1 once committed, else where to start
    /// again (after the turn the server refused, undone alone).
    /// </summary>
    private async Task<int> WriteFromAsync(NpgsqlConnection connection, IReadOnlyList<TurnWrite> writes, int first, TurnOutcome[] outcomes)
    {
        await using var batch = new NpgsqlBatch(connection);
        // Said, not left to the server's default_transaction_isolation: the version checks rely on READ COMMITTED's
        // re-check of a row another writer changed (under REPEATABLE READ that would fail the turn instead).
        if (first == 0)
            batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN ISOLATION LEVEL READ COMMITTED"));
        for (var i = first; i < writes.Count; i++)
        {
            // Not released one by one: the error of a statement then always belongs to the turn being read (its
            // savepoint or its write), never to the release of the turn before. The commit releases them all.
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SAVEPOINT turn{i}"));
            batch.BatchCommands.Add(TurnCommand(writes[i]));
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));

        var turn = first;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync();
            // One row per turn statement; BEGIN, the savepoints and COMMIT return none and are passed over by the reader.
            while (turn < writes.Count)
            {
                if (!await reader.ReadAsync())
                    throw new InvalidOperationException("A turn's statement returned no row.");
                outcomes[turn] = new(Outcome(writes[turn].Interview, written: reader.GetInt64(0), recorded: reader.GetInt64(1), alreadyApplied: reader.GetBoolean(2)));
                turn++;
                if (turn < writes.Count && !await reader.NextResultAsync())
                    throw new InvalidOperationException($"The batch answered {turn - first} of {writes.Count - first} turns.");
            }

            // Past the last turn: the COMMIT's own outcome (an error here means nothing of the batch is committed).
            while (await reader.NextResultAsync())
            {
            }
        }
        catch (PostgresException e) when (turn < writes.Count && TurnOf(batch, e, writes.Count - first) == turn - first)
        {
            // The server stopped at this turn's savepoint or statement (the results before it were read): undo it alone
            // and go on after it. An error of BEGIN or COMMIT, or one the batch cannot place, fails the whole batch.
            try
            {
                await ExecuteAsync(connection, null, $"ROLLBACK TO SAVEPOINT turn{turn}", CancellationToken.None);
            }
            catch (Exception rollback)
            {
                throw NotRolledBack(e, rollback);
            }

            outcomes[turn] = Failed(e);
            return turn + 1;
        }

        return -1;
    }

    /// <summary>Which of the batch's turns (counted from the first sent) the failed command belongs to; null for BEGIN, COMMIT or an unknown command.</summary>
    private static int? TurnOf(NpgsqlBatch batch, PostgresException error, int turns)
    {
        var index = error.BatchCommand is { } command ? batch.BatchCommands.IndexOf(command) : -1;
        var position = index - (batch.BatchCommands[0].CommandText.StartsWith("BEGIN", StringComparison.Ordinal) ? 1 : 0);
        return index >= 0 && position >= 0 && position < 2 * turns ? position / 2 : null;
    }

    private static async Task RollBackQuietlyAsync(DbConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
                await ExecuteAsync(connection, null, "ROLLBACK", CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // A broken connection is dropped by the writer either way, and the server ends its transaction with it.
        }
    }

    private static SaveResult Outcome(InterviewWrite write, long written, long recorded, bool alreadyApplied)
    {
        if (written == 1 && (write.ActivityId is null || recorded == 1))
            return SaveResult.Saved;
        if (written == 1)
            // Cannot be: the statement's insert of the activity fails (23505) when it cannot record it, which undoes the
            // turn on the server before the batch goes on. Said loudly should it ever come back.
            throw new InvalidOperationException("The interview was written but its activity was not recorded.");
        return alreadyApplied ? SaveResult.Duplicate : SaveResult.Conflict;
    }

    private NpgsqlBatchCommand TurnCommand(TurnWrite turn)
    {
        var write = turn.Interview;
        var command = new NpgsqlBatchCommand((write.ExpectedVersion == 0, write.ActivityId is null) switch
        {
            (true, true) => CreateSql,
            (true, false) => CreateAppliedSql,
            (false, true) => UpdateSql,
            (false, false) => UpdateAppliedSql,
        });
        var owner = write.Owner;
        command.Parameters.Add(new NpgsqlParameter<string>("key", write.ConversationKey));
        command.Parameters.Add(new NpgsqlParameter<string>("id", write.InterviewId));
        if (write.ExpectedVersion != 0)
            command.Parameters.Add(new NpgsqlParameter<long>("expected", write.ExpectedVersion));
        command.Parameters.Add(new NpgsqlParameter<string>("state", write.StateJson));
        command.Parameters.Add(new NpgsqlParameter<string>("channel", owner.ChannelId));
        command.Parameters.Add(new NpgsqlParameter<string>("user", owner.UserId));
        command.Parameters.Add(new NpgsqlParameter("aad", NpgsqlDbType.Text) { Value = (object?)owner.AadObjectId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Text) { Value = (object?)owner.TenantId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string>("status", write.Status));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", write.At.ToUniversalTime()));
        if (write.ActivityId is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("activity", write.ActivityId));
            command.Parameters.Add(new NpgsqlParameter("response", NpgsqlDbType.Bytea) { Value = (object?)turn.Response ?? DBNull.Value });
        }

        return command;
    }

    // The interview is written only if its version (and id: see SqlStore.WriteTurnAsync) is the expected one and the activity was not applied before; the
    // activity is recorded only if the interview was written. The last column says which refusal it was.
    private const string Applied = "applied AS (SELECT 1 FROM applied_activities WHERE conversation_key = @key AND activity_id = @activity)";
    private const string NotApplied = "NOT EXISTS (SELECT 1 FROM applied)";
    // No ON CONFLICT: the activity may only be recorded by the turn that writes the interview. If another writer records
    // it between this statement's snapshot (no applied row) and its insert, the insert fails (23505) and the whole turn
    // with it, on the server: never an interview written without its activity, and the turn is replayed as a conflict.
    private const string Record = """
        recorded AS (INSERT INTO applied_activities (conversation_key, activity_id, response)
            SELECT @key, @activity, @response FROM written RETURNING 1)
        """;
    private const string Create = $$"""
        written AS (INSERT INTO interviews ({{InterviewColumns}})
            SELECT @key, @id, 1, @state, @channel, @user, @aad, @tenant, @status, @at, @at WHERE {0}
            ON CONFLICT DO NOTHING RETURNING 1)
        """;
    // Unlike SQLite's path, the owner's columns are set on every turn: PostgreSQL compares the values, and an unchanged
    // indexed column neither touches its index nor keeps the update from being HOT.
    private const string Update = """
        written AS (UPDATE interviews SET version = version + 1, state_json = @state, channel_id = @channel, user_id = @user,
                aad_object_id = @aad, tenant_id = @tenant, status = @status, updated_at = @at
            WHERE conversation_key = @key AND version = @expected AND interview_id = @id AND {0} RETURNING 1)
        """;

    private static readonly string CreateSql = $"WITH {string.Format(Create, "true")} SELECT (SELECT count(*) FROM written), 0::bigint, false";
    private static readonly string CreateAppliedSql = $"WITH {Applied}, {string.Format(Create, NotApplied)}, {Record} SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM recorded), EXISTS (SELECT 1 FROM applied)";
    private static readonly string UpdateSql = $"WITH {string.Format(Update, "true")} SELECT (SELECT count(*) FROM written), 0::bigint, false";
    private static readonly string UpdateAppliedSql = $"WITH {Applied}, {string.Format(Update, NotApplied)}, {Record} SELECT (SELECT count(*) FROM written), (SELECT count(*) FROM recorded), EXISTS (SELECT 1 FROM applied)";
}
