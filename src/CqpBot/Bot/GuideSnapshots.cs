using System.Collections.Concurrent;
using System.Text.Json;
using CqpBot.Domain.Guides;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// The guide an interview runs on: the current dialogs/ file, or the snapshot kept in the store when the file has
/// changed since the interview began (so answers keep pointing at the rows they were given for).
/// </summary>
public sealed class GuideSnapshots(GuideLibrary library, IInterviewStore store) : IGuideSource
{
    private readonly ConcurrentDictionary<string, LoadedGuide> older = new();

    // Fingerprints this process has already stored: the write is idempotent, so once is enough (it was a whole
    // guide file bound and a write lock taken on every turn).
    private readonly ConcurrentDictionary<(string CqpId, string Fingerprint), bool> remembered = new();

    public GuideLibrary Library => library;

    public LoadedGuide? Find(string cqpId, string? fingerprint)
    {
        var current = library.Find(cqpId);
        if (current is not null && (fingerprint is null || current.Fingerprint == fingerprint))
            return current;
        return fingerprint is not null && older.TryGetValue(fingerprint, out var snapshot) ? snapshot : null;
    }

    /// <summary>Loads the snapshot an older interview needs before the engine runs (the engine itself does no I/O).</summary>
    public async Task PrepareAsync(InterviewState state, CancellationToken cancellationToken)
    {
        if (state.CqpId is null || state.GuideFingerprint is null || Find(state.CqpId, state.GuideFingerprint) is not null)
            return;
        var json = await store.GetGuideSnapshotAsync(state.CqpId, state.GuideFingerprint, cancellationToken);
        if (json is not null && JsonSerializer.Deserialize<Guide>(json, DialogsJson.Options) is { } guide)
            older[state.GuideFingerprint] = new LoadedGuide(guide, state.GuideFingerprint, json);
    }

    /// <summary>Keeps the file an interview has just started on, before its state is saved (idempotent; once per process).</summary>
    public async Task RememberAsync(InterviewState state, CancellationToken cancellationToken)
    {
        if (state.CqpId is null || state.GuideFingerprint is null || remembered.ContainsKey((state.CqpId, state.GuideFingerprint))
            || Find(state.CqpId, state.GuideFingerprint) is not { } loaded)
            return;
        await store.SaveGuideSnapshotAsync(state.CqpId, state.GuideFingerprint, loaded.Json, cancellationToken);
        remembered[(state.CqpId, state.GuideFingerprint)] = true;
    }
}
