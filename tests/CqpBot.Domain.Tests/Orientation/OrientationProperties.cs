using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;
using FsCheck.Xunit;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>The orientation table as properties over any answers and any candidate: what must hold whatever the case.</summary>
public class OrientationProperties
{
    private static readonly CqpEntry Cqp = ShippedCatalogue.Cqp("teleconseiller");
    private static readonly Guide Guide = TestGuide.WithRows(3, 2, 4);
    private static readonly string[] Answers = ["oui", "non", "partiellement", ""];
    private static readonly string[] Wishes = ["oui", "non", "indecis"];
    private static readonly string?[] Employments = [Employment.SalarieMutuelle, Employment.SalarieAutre, Employment.SansEmploi, null];

    /// <summary>A case drawn from raw numbers: one answer per row (cycling through <paramref name="answers"/>), admissible or not, a wish, a situation.</summary>
    private static InterviewState Case(byte[] answers, bool admissible, byte wish, byte employment)
    {
        var profile = (admissible ? Candidate.Admissible(Cqp) : Candidate.NotAdmissible(Cqp)) with
        {
            VaeWish = Wishes[wish % Wishes.Length],
            Employment = Employments[employment % Employments.Length],
        };
        var rows = Guide.Blocs.SelectMany(b => b.Rows).Select(r => r.Id).ToList();
        string AnswerOf(int bloc, int row) =>
            answers.Length == 0 ? "oui" : Answers[answers[rows.IndexOf(TestGuide.RowId(bloc, row)) % answers.Length] % Answers.Length];
        return Interviews.Answered(Guide, profile, AnswerOf);
    }

    private static OrientationResult Orient(InterviewState state) => OrientationRules.Orient(Guide, ShippedCatalogue.Value, Cqp, state);

    private static bool AllAcquired(InterviewState state, string blocId) =>
        Guide.Bloc(blocId)!.Rows.All(r => state.Answers.TryGetValue(r.Id, out var a) && a.Choice == "oui");

    [Property(MaxTest = 300)]
    public void A_bloc_with_a_non_a_partiellement_or_no_answer_is_never_oriented_to_evaluation_directe_or_vae(byte[] answers, bool admissible, byte wish, byte employment)
    {
        var state = Case(answers, admissible, wish, employment);

        foreach (var bloc in Orient(state).Blocs.Where(b => !AllAcquired(state, b.BlocId)))
        {
            Assert.Equal(OrientationKind.Formation, bloc.Computed);
            Assert.NotEmpty(bloc.CompetencesToAcquire);
        }
    }

    [Property(MaxTest = 300)]
    public void A_bloc_whose_rows_are_all_acquired_is_never_oriented_to_formation(byte[] answers, bool admissible, byte wish, byte employment)
    {
        var state = Case(answers, admissible, wish, employment);

        foreach (var bloc in Orient(state).Blocs.Where(b => AllAcquired(state, b.BlocId)))
        {
            Assert.NotEqual(OrientationKind.Formation, bloc.Computed);
            Assert.Empty(bloc.CompetencesToAcquire);
        }
    }

    [Property(MaxTest = 300)]
    public void Vae_is_only_computed_for_an_admissible_candidate_who_wishes_it_or_cannot_train(byte[] answers, bool admissible, byte wish, byte employment)
    {
        var state = Case(answers, admissible, wish, employment);
        var result = Orient(state);

        foreach (var bloc in result.Blocs.Where(b => b.Computed == OrientationKind.Vae))
        {
            Assert.True(result.Recevabilite.Admissible);
            Assert.True(state.Profile.VaeWish == "oui" || !OrientationRules.CanTakeFormativePath(state.Profile));
        }
    }

    [Property(MaxTest = 200)]
    public void Orientation_is_deterministic(byte[] answers, bool admissible, byte wish, byte employment)
    {
        var state = Case(answers, admissible, wish, employment);

        var first = Orient(state);
        var second = Orient(state);

        Assert.Equal(first.Blocs.Select(b => (b.Computed, string.Join("|", b.Reasons), string.Join("|", b.CompetencesToAcquire))),
            second.Blocs.Select(b => (b.Computed, string.Join("|", b.Reasons), string.Join("|", b.CompetencesToAcquire))));
        Assert.Equal(first.Recevabilite.Unmet, second.Recevabilite.Unmet);
        Assert.Equal(first.NextStep, second.NextStep);
    }

    [Property(MaxTest = 200)]
    public void An_admissible_candidate_never_reads_a_discouraging_word(byte[] answers, byte wish, byte employment)
    {
        var result = Orient(Case(answers, admissible: true, wish, employment));

        Assert.True(result.Recevabilite.Admissible);
        Assert.All(result.Blocs.SelectMany(b => b.Reasons).Concat(result.Recevabilite.Met), Discouragement.AssertNone);
    }

    [Property(MaxTest = 200)]
    public void An_override_changes_the_final_orientation_only_and_never_the_computed_one(byte[] answers, bool admissible, byte kind)
    {
        var state = Case(answers, admissible, 0, 0);
        var chosen = (OrientationKind)(kind % 3);
        var overridden = state with { Overrides = new Dictionary<string, OrientationOverride> { ["b2"] = new(chosen, "Motif") } };

        var before = Orient(state).Blocs;
        var after = Orient(overridden).Blocs;

        Assert.Equal(before.Select(b => b.Computed), after.Select(b => b.Computed));
        Assert.Equal(chosen, after[1].Final);
        Assert.Equal(before[0].Final, after[0].Final);
        Assert.Equal(before[2].Final, after[2].Final);
    }

    [Property(MaxTest = 300)]
    public void More_experience_never_makes_a_candidate_less_admissible(ushort months, byte more)
    {
        foreach (var cqp in ShippedCatalogue.Value.Cqps)
        {
            bool Admissible(int m) => Recevabilite.Check(
                cqp.Recevabilite,
                Candidate.Admissible(cqp) with { ExperienceMonths = m, MonthsWithinWindow = cqp.Recevabilite.WindowMonths is null ? null : m },
                ShippedCatalogue.Value.Justificatifs).Admissible;

            Assert.True(!Admissible(months % 600) || Admissible(months % 600 + more), cqp.Id);
            Assert.Equal(months % 600 >= cqp.Recevabilite.MinimumMonths, Admissible(months % 600));
        }
    }
}
