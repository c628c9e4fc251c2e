using CqpBot.Domain.Interview;
using CqpBot.Domain.Tests.Orientation;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>The training centre's short path: VAE admissibility for any CQP of the catalogue, typed, with what is missing.</summary>
public class PreQualificationScenarioTests
{
    public static TheoryData<string> CatalogueCqps() => new(Conversation.Library.Catalogue.Cqps.Select(c => c.Id));

    private static Conversation PreQualify(string cqp, Profile profile)
    {
        var talk = Conversation.Start(Mode.PreQualificationVae).Begin(Runnable.Title(cqp)).Tell(profile);
        Assert.Equal(StepKind.Conclusion, talk.Step);
        Assert.Equal(cqp, talk.State.CqpId);
        return talk;
    }

    [Theory]
    [MemberData(nameof(CatalogueCqps))]
    public void A_candidate_meeting_every_criterion_is_admissible_without_any_bloc_question(string cqp)
    {
        var talk = PreQualify(cqp, new Profile(Duration: "4 ans", Justificatifs: "1, 2, 3, 4"));

        var result = talk.Conclusion.Result;
        Assert.True(result.Recevabilite.Admissible, string.Join(" ", result.Recevabilite.Unmet));
        Assert.Empty(result.Blocs);
        Assert.Empty(result.Recevabilite.MissingJustificatifs);
        Assert.Empty(talk.State.Answers);
        Assert.Contains(talk.Conclusion.Introduction, i => i.Contains("recevable"));
        Assert.All(talk.Conclusion.Introduction.Concat(talk.Conclusion.VaeSteps).Concat(result.Recevabilite.Met), Discouragement.AssertNone);
    }

    [Theory]
    [MemberData(nameof(CatalogueCqps))]
    public void Eleven_months_is_not_admissible_and_the_centre_is_told_why(string cqp)
    {
        var talk = PreQualify(cqp, new Profile(Duration: "onze mois"));

        Assert.False(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Contains(talk.Conclusion.Result.Recevabilite.Unmet, u => u.StartsWith("Durée d'expérience : 11 mois", StringComparison.Ordinal));
        Assert.Contains(talk.Conclusion.Introduction, i => i.Contains("voici ce qui manque"));
    }

    [Theory]
    [MemberData(nameof(CatalogueCqps))]
    public void Missing_justificatifs_are_listed(string cqp)
    {
        var talk = PreQualify(cqp, new Profile(Duration: "4 ans", Justificatifs: "aucune"));

        Assert.True(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Equal(Conversation.Library.Catalogue.Justificatifs.Count, talk.Conclusion.Result.Recevabilite.MissingJustificatifs.Count);
    }

    [Fact]
    public void Conseiller_mutualiste_with_three_recent_years_is_admissible()
    {
        var talk = PreQualify("conseiller-mutualiste", new Profile(Duration: "3 ans", Recent: "oui"));

        Assert.Equal(36, talk.State.Profile.MonthsWithinWindow);
        Assert.True(talk.Conclusion.Result.Recevabilite.Admissible, string.Join(" ", talk.Conclusion.Result.Recevabilite.Unmet));
    }

    [Fact]
    public void Conseiller_mutualiste_with_three_years_but_not_within_the_last_twelve_is_not_admissible()
    {
        var talk = PreQualify("conseiller-mutualiste", new Profile(Duration: "5 ans", Recent: "non"));

        Assert.Equal(60, talk.State.Profile.ExperienceMonths);
        Assert.False(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Contains(talk.Conclusion.Result.Recevabilite.Unmet, u => u.Contains("sur les 12 dernières années, alors qu'il faut au moins 3 ans"));
    }

    [Fact]
    public void Conseiller_mutualiste_dates_ending_before_the_window_are_not_admissible_without_asking_again()
    {
        var talk = Conversation.Start(Mode.PreQualificationVae).Begin(Runnable.Title("conseiller-mutualiste")).Say("de 2005 à 2012");

        Assert.Equal(StepKind.Sector, talk.Step);
        Assert.Equal(0, talk.State.Profile.MonthsWithinWindow);
        talk.Tell(new Profile());
        Assert.False(talk.Conclusion.Result.Recevabilite.Admissible);
    }

    [Fact]
    public void Conseiller_mutualiste_dates_within_the_window_are_admissible()
    {
        var talk = PreQualify("conseiller-mutualiste", new Profile(Duration: "de 2016 à 2020"));

        Assert.Equal(60, talk.State.Profile.MonthsWithinWindow);
        Assert.True(talk.Conclusion.Result.Recevabilite.Admissible, string.Join(" ", talk.Conclusion.Result.Recevabilite.Unmet));
    }

    [Fact]
    public void Charge_d_accueil_without_physical_and_telephone_accueil_is_not_admissible()
    {
        var talk = PreQualify("charge-accueil-relation-clients", new Profile(Condition: "non"));

        Assert.False(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Contains(talk.Conclusion.Result.Recevabilite.Unmet, u => u.StartsWith("Condition non remplie", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pre_qualification_paused_and_reloaded_resumes_at_the_same_question()
    {
        var talk = Conversation.Start(Mode.PreQualificationVae).Begin(Runnable.Title("teleconseiller")).Say("2 ans");
        var question = talk.State.Step;

        talk.Say("pause");
        var reloaded = talk.Reloaded().Say("reprendre");

        Assert.Equal(question, reloaded.State.Step);
        Assert.Equal(24, reloaded.State.Profile.ExperienceMonths);
        Assert.Equal(StepKind.Sector, reloaded.Step);
    }
}
