namespace CqpBot.Storage;

/// <summary>
/// Copies of stored interview states kept in memory (<see cref="CqpBot.Bot.ParsedStates"/>): the retention purge
/// deletes them with the rows, so that an interview past its retention is in no memory either.
/// </summary>
public interface IStateCopies
{
    /// <summary>Forgets the copies of conversations this instance has not saved since <paramref name="cutoff"/>.</summary>
    void ForgetUntouchedSince(DateTimeOffset cutoff);
}
