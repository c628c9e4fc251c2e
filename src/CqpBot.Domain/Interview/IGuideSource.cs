using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Interview;

/// <summary>Finds the guide an interview runs on: the current file, or the exact version it started with.</summary>
public interface IGuideSource
{
    GuideLibrary Library { get; }

    /// <summary>The guide of <paramref name="cqpId"/> with that fingerprint (null fingerprint: the current one); null if unknown.</summary>
    LoadedGuide? Find(string cqpId, string? fingerprint);
}
