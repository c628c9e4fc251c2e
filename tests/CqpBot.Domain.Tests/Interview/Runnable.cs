using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>The CQPs whose guide can be run, and the words a candidate types for each level of the scales.</summary>
public static class Runnable
{
    // These synonyms are in both scales (Oui/Non/Partiellement and Pas du tout/Partiellement/En totalité).
    public const string Acquired = "tout à fait";
    public const string Partly = "en partie";
    public const string NotAcquired = "pas vraiment";

    public static TheoryData<string> Cqps() => new(Conversation.Library.Runnable.Select(c => c.Id));

    public static TheoryData<string, Mode> CqpsAndModes()
    {
        var data = new TheoryData<string, Mode>();
        foreach (var cqp in Conversation.Library.Runnable)
        {
            data.Add(cqp.Id, Mode.Entretien);
            data.Add(cqp.Id, Mode.AutoPositionnement);
        }

        return data;
    }

    public static string Title(string cqp) => Conversation.Library.Catalogue.Cqp(cqp)!.Title;

    public static CqpBot.Domain.Guides.Guide Guide(string cqp) => Conversation.Library.Guides[cqp].Guide;
}
