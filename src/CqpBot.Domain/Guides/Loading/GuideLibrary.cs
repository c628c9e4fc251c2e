namespace CqpBot.Domain.Guides.Loading;

/// <summary>Every guide of dialogs/ and the catalogue, loaded and validated once at start-up.</summary>
public sealed class GuideLibrary(Catalogue catalogue, IReadOnlyDictionary<string, LoadedGuide> guides)
{
    public Catalogue Catalogue { get; } = catalogue;

    public IReadOnlyDictionary<string, LoadedGuide> Guides { get; } = guides;

    public LoadedGuide? Find(string cqpId) => Guides.GetValueOrDefault(cqpId);

    /// <summary>The CQPs in catalogue order, those with a runnable guide first.</summary>
    public IEnumerable<CqpEntry> Runnable => Catalogue.Cqps.Where(c => c.Guide is not null && Guides.ContainsKey(c.Id));
}
