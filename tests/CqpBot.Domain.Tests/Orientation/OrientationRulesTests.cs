using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;
using Profile = CqpBot.Domain.Interview.Profile;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>The per-bloc orientation table (000 "Conclusion et bilan de l'entretien", 001 "Conclusion"), rule by rule.</summary>
public class OrientationRulesTests
{
    private static readonly CqpEntry Cqp = ShippedCatalogue.Cqp("teleconseiller");
    private static readonly Guide Guide = TestGuide.WithRows(3, 2);

    private static OrientationResult Orient(Profile profile, Func<int, int, string> answer, IReadOnlyList<string>? targets = null) =>
        OrientationRules.Orient(Guide, ShippedCatalogue.Value, Cqp, Interviews.Answered(Guide, profile, answer, targets));

    private static OrientationResult Orient(InterviewState state) => OrientationRules.Orient(Guide, ShippedCatalogue.Value, Cqp, state);

    private static Profile Admissible => Candidate.Admissible(Cqp);

    [Theory]
    [InlineData("non")]
    [InlineData("partiellement")]
    public void A_row_not_fully_acquired_orients_its_bloc_to_formation_and_names_the_competence_to_acquire(string answer)
    {
        var result = Orient(Admissible, (bloc, row) => bloc == 1 && row == 2 ? answer : "oui");

        var first = result.Blocs[0];
        Assert.Equal(OrientationKind.Formation, first.Final);
        Assert.Equal([TestGuide.CompetenceText(1, 2)], first.CompetencesToAcquire);
        Assert.Contains(first.Reasons, r => r.Contains("parcours de formation individualisé"));
        Assert.Equal(OrientationKind.EvaluationDirecte, result.Blocs[1].Final);
    }

    [Fact]
    public void Every_competence_still_to_acquire_is_listed_in_the_guide_order()
    {
        var result = Orient(Admissible, (bloc, row) => bloc == 1 && row != 2 ? "non" : "oui");

        Assert.Equal([TestGuide.CompetenceText(1, 1), TestGuide.CompetenceText(1, 3)], result.Blocs[0].CompetencesToAcquire);
        Assert.Contains("2 compétences du bloc restent à acquérir", result.Blocs[0].Reasons[0]);
    }

    [Fact]
    public void Reasons_name_the_unit_as_the_guide_does_domaine_for_001()
    {
        var domaines = Guide with { UnitLabel = "Domaine" };
        var state = Interviews.Answered(domaines, Admissible, (bloc, row) => bloc == 1 && row == 1 ? "non" : "oui", null);

        var result = OrientationRules.Orient(domaines, ShippedCatalogue.Value, Cqp, state);

        Assert.Contains("compétence du domaine reste à acquérir", result.Blocs[0].Reasons[0]);
        Assert.Contains("Toutes les compétences du domaine sont acquises", result.Blocs[1].Reasons[0]);
        Assert.DoesNotContain(result.Blocs.SelectMany(b => b.Reasons), r => r.Contains(" bloc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_left_unanswered_is_not_counted_as_acquired()
    {
        var result = Orient(Admissible, (bloc, row) => bloc == 2 && row == 1 ? "" : "oui");

        Assert.Equal(OrientationKind.Formation, result.Blocs[1].Final);
        Assert.Equal([TestGuide.CompetenceText(2, 1)], result.Blocs[1].CompetencesToAcquire);
    }

    [Fact]
    public void A_bloc_whose_rows_are_all_acquired_is_oriented_to_evaluation_directe_when_vae_is_not_wished()
    {
        var result = Orient(Admissible, (_, _) => "oui");

        Assert.All(result.Blocs, b =>
        {
            Assert.Equal(OrientationKind.EvaluationDirecte, b.Final);
            Assert.Empty(b.CompetencesToAcquire);
            Assert.Contains(b.Reasons, r => r.Contains("évalué(e) directement en entreprise, sans suivre de formation"));
        });
    }

    [Fact]
    public void An_admissible_candidate_who_does_not_wish_vae_is_still_told_vae_is_open()
    {
        var result = Orient(Admissible, (_, _) => "oui");

        Assert.All(result.Blocs, b => Assert.Contains(b.Reasons, r => r.Contains("autre voie possible si vous la souhaitez")));
    }

    [Fact]
    public void The_001_scale_reads_en_totalite_as_acquired_and_pas_du_tout_as_to_acquire()
    {
        var guide = TestGuide.WithScale(TestGuide.PasDuToutEnTotalite, 2, 2);
        var state = Interviews.Answered(guide, Admissible, (bloc, _) => bloc == 1 ? "en-totalite" : "pas-du-tout");

        var result = OrientationRules.Orient(guide, ShippedCatalogue.Value, Cqp, state);

        Assert.Equal([OrientationKind.EvaluationDirecte, OrientationKind.Formation], result.Blocs.Select(b => b.Final));
    }

    [Fact]
    public void An_admissible_candidate_who_wishes_vae_is_oriented_to_vae_for_every_acquired_bloc()
    {
        var result = Orient(Admissible with { VaeWish = "oui" }, (_, _) => "oui");

        Assert.True(result.Recevabilite.Admissible);
        Assert.All(result.Blocs, b =>
        {
            Assert.Equal(OrientationKind.Vae, b.Final);
            Assert.Contains(b.Reasons, r => r.Contains("souhaitez la VAE"));
        });
    }

    [Fact]
    public void Vae_is_decided_bloc_by_bloc_so_an_acquired_bloc_goes_to_vae_beside_a_bloc_in_formation()
    {
        var result = Orient(Admissible with { VaeWish = "oui" }, (bloc, row) => bloc == 1 && row == 1 ? "partiellement" : "oui");

        Assert.Equal([OrientationKind.Formation, OrientationKind.Vae], result.Blocs.Select(b => b.Final));
        Assert.Contains(result.Blocs[0].Reasons, r => r.Contains("vous restez libre de la déposer"));
    }

    [Theory]
    [InlineData("non")]
    [InlineData("indecis")]
    public void Vae_is_not_chosen_for_a_candidate_employed_in_the_branch_who_does_not_ask_for_it(string wish)
    {
        var result = Orient(Admissible with { VaeWish = wish }, (_, _) => "oui");

        Assert.All(result.Blocs, b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
    }

    [Fact]
    public void A_candidate_who_wishes_vae_but_is_not_admissible_is_oriented_to_evaluation_directe_for_acquired_blocs()
    {
        var result = Orient(Candidate.NotAdmissible(Cqp) with { VaeWish = "oui" }, (_, _) => "oui");

        Assert.False(result.Recevabilite.Admissible);
        Assert.All(result.Blocs, b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
    }

    [Theory]
    [InlineData(Employment.SalarieAutre)]
    [InlineData(Employment.SansEmploi)]
    public void An_admissible_candidate_outside_the_branch_is_oriented_to_vae_even_without_asking_for_it(string employment)
    {
        var result = Orient(Admissible with { Employment = employment, VaeWish = "non" }, (_, _) => "oui");

        Assert.All(result.Blocs, b =>
        {
            Assert.Equal(OrientationKind.Vae, b.Final);
            Assert.Contains(b.Reasons, r => r.Contains("la voie formative ne vous est pas ouverte"));
        });
    }

    [Fact]
    public void A_candidate_outside_the_branch_with_competences_to_acquire_is_told_how_the_formative_path_opens()
    {
        var result = Orient(Admissible with { Employment = Employment.SansEmploi }, (_, _) => "non");

        Assert.All(result.Blocs, b =>
        {
            Assert.Equal(OrientationKind.Formation, b.Final);
            Assert.Contains(b.Reasons, r => r.Contains("s'adresse aux salariés de la branche"));
        });
    }

    [Fact]
    public void A_candidate_outside_the_branch_who_is_not_admissible_keeps_evaluation_directe_for_acquired_blocs()
    {
        var result = Orient(Candidate.NotAdmissible(Cqp) with { Employment = Employment.SansEmploi }, (_, _) => "oui");

        Assert.All(result.Blocs, b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
    }

    [Fact]
    public void The_interviewer_override_decides_the_final_orientation_and_keeps_the_computed_one_and_its_reason()
    {
        var state = Interviews.Answered(Guide, Admissible, (_, _) => "oui") with
        {
            Overrides = new Dictionary<string, OrientationOverride> { ["b2"] = new(OrientationKind.Formation, "Le candidat préfère consolider ses acquis en formation.") },
        };

        var result = Orient(state);

        var second = result.Blocs[1];
        Assert.Equal(OrientationKind.EvaluationDirecte, second.Computed);
        Assert.Equal(OrientationKind.Formation, second.Final);
        Assert.Equal("Le candidat préfère consolider ses acquis en formation.", second.Override!.Reason);
        Assert.Null(result.Blocs[0].Override);
        Assert.Equal(OrientationKind.EvaluationDirecte, result.Blocs[0].Final);
    }

    [Fact]
    public void The_whole_cqp_leads_to_the_jury_final()
    {
        var result = Orient(Admissible, (_, _) => "oui");

        Assert.True(result.WholeCqp);
        Assert.Equal(ShippedCatalogue.Value.NextSteps.WholeCqp.Text, result.NextStep);
        Assert.Contains("jury final", result.NextStep);
    }

    [Fact]
    public void Isolated_blocs_lead_to_the_commission_paritaire_and_only_they_are_oriented()
    {
        var result = Orient(Admissible, (_, _) => "non", targets: ["b2"]);

        Assert.False(result.WholeCqp);
        Assert.Equal(["b2"], result.Blocs.Select(b => b.BlocId));
        Assert.Equal(ShippedCatalogue.Value.NextSteps.IsolatedBlocs.Text, result.NextStep);
        Assert.Contains("commission paritaire", result.NextStep);
    }

    [Fact]
    public void Targeting_every_bloc_one_by_one_is_the_whole_cqp()
    {
        var result = Orient(Admissible, (_, _) => "oui", targets: ["b1", "b2"]);

        Assert.True(result.WholeCqp);
        Assert.Equal(ShippedCatalogue.Value.NextSteps.WholeCqp.Text, result.NextStep);
    }

    [Theory]
    [InlineData("oui", "oui")]
    [InlineData("oui", "non")]
    [InlineData("non", "oui")]
    [InlineData("partiellement", "non")]
    public void No_reason_given_to_an_admissible_candidate_discourages_vae(string first, string wish)
    {
        foreach (var employment in new[] { Employment.SalarieMutuelle, Employment.SalarieAutre, Employment.SansEmploi })
        {
            var result = Orient(Admissible with { VaeWish = wish, Employment = employment }, (bloc, _) => bloc == 1 ? first : "oui");

            Assert.True(result.Recevabilite.Admissible);
            Assert.All(result.Blocs.SelectMany(b => b.Reasons).Concat(result.Recevabilite.Met), Discouragement.AssertNone);
        }
    }
}
