using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;
using CqpBot.Storage;

namespace CqpBot.Records;

/// <summary>Stored interviews as records, each built on the exact guide file it ran on.</summary>
public sealed class InterviewRecords(IInterviewStore store, Bot.GuideSnapshots guides)
{
    public async Task<InterviewRecord?> FindAsync(string interviewId, CancellationToken cancellationToken)
    {
        var stored = await store.GetByInterviewIdAsync(interviewId, cancellationToken);
        return stored is null ? null : await BuildAsync(stored, cancellationToken);
    }

    /// <summary>The records a reader may see (their own, and their organisation's when the query names a tenant), newest first.</summary>
    public async Task<IReadOnlyList<InterviewRecord>> ListAsync(RecordQuery query, CancellationToken cancellationToken)
    {
        var records = new List<InterviewRecord>();
        foreach (var stored in await store.ListAsync(query, cancellationToken))
            records.Add(await BuildAsync(stored, cancellationToken));
        return records;
    }

    private async Task<InterviewRecord> BuildAsync(StoredInterview stored, CancellationToken cancellationToken)
    {
        var state = StateJson.Read(stored.StateJson);
        await guides.PrepareAsync(state, cancellationToken);
        var guide = state.CqpId is null ? null : guides.Find(state.CqpId, state.GuideFingerprint)?.Guide;
        return RecordBuilder.Build(state, guide, guides.Library.Catalogue);
    }
}
