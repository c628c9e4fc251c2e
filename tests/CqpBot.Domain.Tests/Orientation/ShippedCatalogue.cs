using System.Text.Json;
using CqpBot.Domain.Guides;
using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>dialogs/catalogue.json on its own: the rule tests read the shipped thresholds without needing every guide file.</summary>
public static class ShippedCatalogue
{
    private static readonly Lazy<Catalogue> Loaded = new(() =>
        JsonSerializer.Deserialize<Catalogue>(File.ReadAllText(Path.Combine(Repository.Dialogs, DialogsLoader.CatalogueFile)), DialogsJson.Options)!);

    public static Catalogue Value => Loaded.Value;

    public static CqpEntry Cqp(string id) => Value.Cqp(id) ?? throw new InvalidOperationException($"CQP {id} not in the catalogue");
}
