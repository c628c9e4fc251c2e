using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;
using CqpBot.Domain.Tests;
using CqpBot.Domain.Tests.Interview;

namespace CqpBot.Documents.Tests;

/// <summary>Records made by playing real interviews over dialogs/ (charge-accueil-relation-clients unless said).</summary>
public static class SampleRecords
{
    public const string Cqp = "charge-accueil-relation-clients";

    public const string Candidate = "Zoé Lefèvre-Çelik";

    public const string Interviewer = "Dominique Durand";

    public const string Function = "Responsable formation";

    public const string Organisation = "Mutuelle de l'Ouest – Centre Île-de-France";

    public const string Motivation = "Faire reconnaître mes compétences d'accueil : œuvrer à l'évolution de ma carrière, « pas à pas », à Besançon.";

    public const string OverrideReason = "Le candidat préfère consolider l'expérience en formation ; décision prise en consensus.";

    /// <summary>A training wish as long as the bot accepts (2 000 characters), with accents, to fill more than a page of a table cell.</summary>
    public static readonly string LongWish = string.Concat(Enumerable.Range(1, 60).Select(i => $"Étape{i} élève-œuvre ")).Trim()[..1000]
        + " " + string.Concat(Enumerable.Repeat("Techniques d'accueil téléphonique à améliorer. ", 21)).Trim();

    /// <summary>A CQP whose guide follows 000: "Bloc", référentiel d'activités, Oui / Non / Partiellement.</summary>
    public const string BlocCqp = "charge-relation-distance";

    public static GuideLibrary Library => Conversation.Library;

    public static string Title => TitleOf(Cqp);

    public static string TitleOf(string cqp) => Library.Catalogue.Cqp(cqp)!.Title;

    /// <summary>
    /// An interviewer's whole interview: header filled, bloc 1 row 1 "partiellement" with <paramref name="wish"/>,
    /// everything else acquired, bloc 2 overridden to Formation with a reason, then closed.
    /// </summary>
    public static InterviewRecord Entretien(string? wish = null, string candidate = Candidate, string cqp = Cqp)
    {
        var guide = Library.Guides[cqp].Guide;
        var acquired = guide.AnswerScale == "oui-non-partiellement" ? "tout à fait" : "en totalité";
        var talk = Conversation.Start(Mode.Entretien, guides: new LibraryGuideSource(Library)).Say("j'accepte");
        if (talk.Step == StepKind.ChooseMode)
            talk.Say("1");
        talk.Say("continuer").Say(candidate).Say(Interviewer).Say(Function).Say(Organisation)
            .Say(TitleOf(cqp)).Say("continuer").Say("tout")
            .Tell(new CqpBot.Domain.Tests.Interview.Profile(Motivation: Motivation, Employer: "Mutuelle Générale de l'Éducation"))
            .AnswerRows((bloc, row) => bloc == guide.Blocs[0].Number && row == 1 ? "en partie" : acquired,
                wish: wish ?? "Formation aux techniques d'accueil téléphonique");
        talk.Press("override:" + guide.Blocs[1].Id).Say("formation").Say(OverrideReason).Say("terminer");
        Assert.Equal(StepKind.Completed, talk.Step);
        return RecordBuilder.Build(talk.State, guide, Library.Catalogue);
    }
}
