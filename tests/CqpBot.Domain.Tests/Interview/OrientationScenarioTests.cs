using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Tests.Orientation;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>
/// Whole interviews typed as a person would, for every CQP with a guide, conducted by an interviewer and alone:
/// one candidate per orientation outcome, and the recevabilité edges that move a bloc between VAE and évaluation directe.
/// </summary>
public class OrientationScenarioTests
{
    private static Conversation Play(string cqp, Mode mode, Profile profile, Func<int, int, string> answer)
    {
        var talk = Conversation.Start(mode).Begin(Runnable.Title(cqp)).Tell(profile).AnswerRows(answer);
        Assert.Equal(StepKind.Conclusion, talk.Step);
        return talk;
    }

    private static void AssertAll(Conversation talk, OrientationKind expected)
    {
        var result = talk.Conclusion.Result;
        Assert.Equal(Conversation.Library.Guides[talk.State.CqpId!].Guide.Blocs.Count, result.Blocs.Count);
        Assert.All(result.Blocs, b => Assert.Equal(expected, b.Final));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void A_competence_still_to_acquire_in_every_bloc_orients_every_bloc_to_formation(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var talk = Play(cqp, mode, new Profile(VaeWish: "oui"), (_, row) => row == 1 ? Runnable.NotAcquired : Runnable.Acquired);

        AssertAll(talk, OrientationKind.Formation);
        foreach (var (bloc, orientation) in guide.Blocs.Zip(talk.Conclusion.Result.Blocs))
        {
            Assert.Equal(bloc.Rows[0].Competences.Select(c => bloc.Competence(c).Text), orientation.CompetencesToAcquire);
            Assert.Contains(orientation.Reasons, r => r.Contains("parcours de formation individualisé"));
        }
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void A_candidate_who_masters_every_bloc_without_asking_for_vae_is_oriented_to_evaluation_directe(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(VaeWish: "non"), (_, _) => Runnable.Acquired);

        AssertAll(talk, OrientationKind.EvaluationDirecte);
        Assert.True(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Equal(Conversation.Library.Catalogue.NextSteps.WholeCqp.Text, talk.Conclusion.Result.NextStep);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void An_admissible_candidate_who_asks_for_vae_is_oriented_to_vae_and_shown_the_vae_steps(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(VaeWish: "oui je souhaite"), (_, _) => Runnable.Acquired);

        AssertAll(talk, OrientationKind.Vae);
        Assert.NotEmpty(talk.Conclusion.VaeSteps);
        Assert.Contains(talk.Conclusion.VaeSteps, s => s.Contains("jury final"));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void An_admissible_candidate_with_no_employer_in_the_branch_is_oriented_to_vae(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(Employment: "sans emploi", VaeWish: "je ne sais pas"), (_, _) => Runnable.Acquired);

        AssertAll(talk, OrientationKind.Vae);
        Assert.Equal(Domain.Interview.Employment.SansEmploi, talk.State.Profile.Employment);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Exactly_one_year_of_experience_is_enough_for_vae(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(Duration: "un an", VaeWish: "oui"), (_, _) => Runnable.Acquired);

        Assert.Equal(12, talk.State.Profile.ExperienceMonths);
        AssertAll(talk, OrientationKind.Vae);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Eleven_months_keeps_acquired_blocs_in_evaluation_directe_and_says_what_is_missing(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(Duration: "11 mois", VaeWish: "oui"), (_, _) => Runnable.Acquired);

        AssertAll(talk, OrientationKind.EvaluationDirecte);
        Assert.False(talk.Conclusion.Result.Recevabilite.Admissible);
        Assert.Contains("Durée d'expérience : 11 mois, alors qu'il faut au moins 1 an.", talk.Conclusion.Result.Recevabilite.Unmet);
        Assert.Empty(talk.Conclusion.VaeSteps);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Experience_in_another_sector_is_not_admissible_to_vae(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(Sector: "autre secteur", VaeWish: "oui"), (_, _) => Runnable.Acquired);

        AssertAll(talk, OrientationKind.EvaluationDirecte);
        Assert.Contains(talk.Conclusion.Result.Recevabilite.Unmet, u => u.StartsWith("Secteur : autre secteur", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void The_conclusion_lists_the_missing_justificatifs(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(Justificatifs: "mon CV"), (_, _) => Runnable.Acquired);

        Assert.Equal(["descriptif-postes", "preuves-experience", "dossier-vae"], talk.Conclusion.Result.Recevabilite.MissingJustificatifs.Select(j => j.Id));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Nothing_the_conclusion_says_to_an_admissible_candidate_discourages_vae(string cqp, Mode mode)
    {
        var talk = Play(cqp, mode, new Profile(VaeWish: "non"), (bloc, _) => bloc == 1 ? Runnable.Partly : Runnable.Acquired);

        var conclusion = talk.Conclusion;
        Assert.True(conclusion.Result.Recevabilite.Admissible);
        Assert.All(conclusion.Introduction.Concat(conclusion.VaeSteps).Concat(conclusion.Result.Recevabilite.Met).Concat(conclusion.Result.Blocs.SelectMany(b => b.Reasons)), Discouragement.AssertNone);
    }

    [Theory]
    [MemberData(nameof(Runnable.Cqps), MemberType = typeof(Runnable))]
    public void A_self_assessment_ends_in_a_pre_orientation_not_a_verdict(string cqp)
    {
        var talk = Play(cqp, Mode.AutoPositionnement, new Profile(), (_, _) => Runnable.Acquired);

        Assert.Contains(talk.Conclusion.Introduction, i => i.Contains("pré-orientation") && i.Contains("Ce n'est pas une décision"));
        Assert.False(talk.Conclusion.CanOverride);
    }

    [Theory]
    [MemberData(nameof(Runnable.Cqps), MemberType = typeof(Runnable))]
    public void The_interviewer_overrides_a_bloc_with_a_written_reason_and_the_record_keeps_both(string cqp)
    {
        var talk = Play(cqp, Mode.Entretien, new Profile(), (_, _) => Runnable.Acquired);
        var first = talk.Conclusion.Result.Blocs[0];
        Assert.True(talk.Conclusion.CanOverride);

        talk.Press($"override:{first.BlocId}").Say("VAE").Say("Le candidat souhaite finalement la VAE, en accord avec l'intervieweur.");

        var decided = talk.Conclusion.Result.Blocs[0];
        Assert.Equal(OrientationKind.EvaluationDirecte, decided.Computed);
        Assert.Equal(OrientationKind.Vae, decided.Final);
        Assert.Equal("Le candidat souhaite finalement la VAE, en accord avec l'intervieweur.", decided.Override!.Reason);
        talk.Say("terminer");
        Assert.Equal(StepKind.Completed, talk.Step);
        Assert.Equal(OrientationKind.Vae, talk.State.Overrides[first.BlocId].Orientation);
    }
}
