using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;
using Profile = CqpBot.Domain.Interview.Profile;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>VAE admissibility against the shipped catalogue's rules (001 §3.3, 000 "Conclusion et bilan"), and the justificatifs (001 §3.2).</summary>
public class RecevabiliteTests
{
    private static readonly CqpEntry Teleconseiller = ShippedCatalogue.Cqp("teleconseiller");
    private static readonly CqpEntry ConseillerMutualiste = ShippedCatalogue.Cqp("conseiller-mutualiste");
    private static readonly CqpEntry ChargeAccueil = ShippedCatalogue.Cqp("charge-accueil-relation-clients");

    private static RecevabiliteResult Check(CqpEntry cqp, Profile profile) =>
        Recevabilite.Check(cqp.Recevabilite, profile, ShippedCatalogue.Value.Justificatifs);

    public static TheoryData<string> OneYearCqps() => new(ShippedCatalogue.Value.Cqps.Where(c => c.Recevabilite.WindowMonths is null).Select(c => c.Id));

    [Theory]
    [MemberData(nameof(OneYearCqps))]
    public void Exactly_one_year_of_experience_is_admissible(string cqp)
    {
        var entry = ShippedCatalogue.Cqp(cqp);
        var result = Check(entry, Candidate.Admissible(entry) with { ExperienceMonths = 12 });

        Assert.Equal(12, entry.Recevabilite.MinimumMonths);
        Assert.True(result.Admissible, string.Join(" ", result.Unmet));
        Assert.Empty(result.Unmet);
        Assert.Contains(result.Met, m => m.StartsWith("Durée d'expérience : 1 an", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OneYearCqps))]
    public void Eleven_months_is_not_admissible_and_the_minimum_is_stated(string cqp)
    {
        var entry = ShippedCatalogue.Cqp(cqp);
        var result = Check(entry, Candidate.Admissible(entry) with { ExperienceMonths = 11 });

        Assert.False(result.Admissible);
        Assert.Equal(["Durée d'expérience : 11 mois, alors qu'il faut au moins 1 an."], result.Unmet);
    }

    [Fact]
    public void Conseiller_mutualiste_asks_three_years_within_the_last_twelve()
    {
        Assert.Equal(36, ConseillerMutualiste.Recevabilite.MinimumMonths);
        Assert.Equal(144, ConseillerMutualiste.Recevabilite.WindowMonths);
    }

    [Fact]
    public void Conseiller_mutualiste_with_three_years_within_the_last_twelve_is_admissible()
    {
        var result = Check(ConseillerMutualiste, Candidate.Admissible(ConseillerMutualiste) with { ExperienceMonths = 36, MonthsWithinWindow = 36 });

        Assert.True(result.Admissible, string.Join(" ", result.Unmet));
        Assert.Contains(result.Met, m => m.Contains("3 ans sur les 12 dernières années"));
    }

    [Fact]
    public void Conseiller_mutualiste_with_three_years_but_not_within_the_last_twelve_is_not_admissible()
    {
        var result = Check(ConseillerMutualiste, Candidate.Admissible(ConseillerMutualiste) with { ExperienceMonths = 60, MonthsWithinWindow = 0 });

        Assert.False(result.Admissible);
        Assert.Equal(["Durée d'expérience : 0 mois sur les 12 dernières années, alors qu'il faut au moins 3 ans."], result.Unmet);
    }

    [Fact]
    public void Conseiller_mutualiste_with_a_month_short_within_the_window_is_not_admissible()
    {
        var result = Check(ConseillerMutualiste, Candidate.Admissible(ConseillerMutualiste) with { ExperienceMonths = 100, MonthsWithinWindow = 35 });

        Assert.False(result.Admissible);
        Assert.Contains("2 ans et 11 mois", result.Unmet.Single());
    }

    [Fact]
    public void Experience_in_another_sector_is_not_admissible()
    {
        var result = Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { Sector = Sector.Autre });

        Assert.False(result.Admissible);
        Assert.Equal(["Secteur : autre secteur ; l'expérience doit avoir été acquise dans le secteur de la Mutualité ou dans un secteur proche."], result.Unmet);
    }

    [Fact]
    public void Experience_in_a_close_sector_is_admissible()
    {
        var result = Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { Sector = Sector.Proche });

        Assert.True(result.Admissible, string.Join(" ", result.Unmet));
    }

    [Theory]
    [InlineData("salarie")]
    [InlineData("non-salarie")]
    [InlineData("benevole")]
    public void Salaried_non_salaried_and_volunteer_experience_are_all_accepted(string frame)
    {
        Assert.True(Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { ExperienceFrame = frame }).Admissible);
    }

    [Fact]
    public void An_experience_of_another_nature_is_not_admissible()
    {
        var result = Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { NatureMatches = false });

        Assert.False(result.Admissible);
        Assert.Contains(result.Unmet, u => u.Contains("nature de l'expérience"));
    }

    [Fact]
    public void Charge_d_accueil_needs_physical_and_telephone_accueil()
    {
        var condition = ChargeAccueil.Recevabilite.Conditions.Single();
        var profile = Candidate.Admissible(ChargeAccueil) with { Conditions = new Dictionary<string, bool> { [condition.Id] = false } };

        var result = Check(ChargeAccueil, profile);

        Assert.False(result.Admissible);
        Assert.Equal([$"Condition non remplie : {condition.Text}"], result.Unmet);
        Assert.Contains("accueil physique", condition.Text);
    }

    [Fact]
    public void Every_criterion_not_yet_asked_is_listed_as_to_specify_and_blocks_admissibility()
    {
        var result = Check(ChargeAccueil, new Profile());

        Assert.False(result.Admissible);
        Assert.Empty(result.Met);
        Assert.Equal(5, result.Unmet.Count);
        Assert.Contains(result.Unmet, u => u.StartsWith("Durée d'expérience à préciser", StringComparison.Ordinal));
        Assert.Contains("Secteur d'activité à préciser.", result.Unmet);
    }

    [Fact]
    public void Missing_justificatifs_are_listed_without_deciding_admissibility()
    {
        var result = Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { Justificatifs = ["cv"] });

        Assert.True(result.Admissible);
        Assert.Equal(["descriptif-postes", "preuves-experience", "dossier-vae"], result.MissingJustificatifs.Select(j => j.Id));
    }

    [Fact]
    public void Justificatifs_not_yet_asked_are_all_missing()
    {
        var result = Check(Teleconseiller, Candidate.Admissible(Teleconseiller) with { Justificatifs = null });

        Assert.Equal(ShippedCatalogue.Value.Justificatifs.Count, result.MissingJustificatifs.Count);
    }

    [Fact]
    public void The_thresholds_come_from_the_catalogue_data()
    {
        var stricter = Teleconseiller.Recevabilite with { MinimumMonths = 24 };

        var result = Recevabilite.Check(stricter, Candidate.Admissible(Teleconseiller) with { ExperienceMonths = 18 }, ShippedCatalogue.Value.Justificatifs);

        Assert.False(result.Admissible);
        Assert.Contains("il faut au moins 2 ans", result.Unmet.Single());
    }

    [Fact]
    public void An_admissible_candidate_reads_no_discouraging_word()
    {
        foreach (var cqp in ShippedCatalogue.Value.Cqps)
        {
            var result = Check(cqp, Candidate.Admissible(cqp));

            Assert.True(result.Admissible, cqp.Id + ": " + string.Join(" ", result.Unmet));
            Assert.All(result.Met, Discouragement.AssertNone);
        }
    }
}
