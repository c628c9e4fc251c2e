using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>
/// Writes a batch of turns inside the transaction the writer owns, or, when the store commits in its batch (no
/// <paramref name="transaction"/>), in one of its own that it commits before returning: one outcome per turn, in order.
/// A turn that conflicts, is a duplicate or throws leaves nothing of itself in the transaction and does not touch the
/// others; an exception means that nothing of the batch is committed.
/// </summary>
internal delegate Task<IReadOnlyList<TurnOutcome>> WriteTurns(DbConnection connection, DbTransaction? transaction, IReadOnlyList<TurnWrite> writes);

/// <summary>A turn's write as the writer needs it: its response already packed, on the turn's own thread.</summary>
internal sealed record TurnWrite(InterviewWrite Interview, byte[]? Response)
{
    public static TurnWrite Of(InterviewWrite write) => new(write, write.Response is { } utf8 ? PackedResponse.Pack(utf8) : null);
}

/// <summary>What one turn's write came to: its result, or the exception that stays this turn's.</summary>
internal readonly record struct TurnOutcome(SaveResult Result, Exception? Error = null);
