using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Interview;

/// <summary>Guides from the loaded dialogs/ only (tests, and hosts that keep no snapshots).</summary>
public sealed class LibraryGuideSource(GuideLibrary library) : IGuideSource
{
    public GuideLibrary Library => library;

    public LoadedGuide? Find(string cqpId, string? fingerprint) =>
        library.Find(cqpId) is { } loaded && (fingerprint is null || loaded.Fingerprint == fingerprint) ? loaded : null;
}
