using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>Whole interviews, typed as a person would, for every CQP that has a guide: one profile per orientation outcome.</summary>
public class WholeInterviewTests
{
    public static TheoryData<string> Cqps() => Runnable.Cqps();

    private static string Title(string cqp) => Runnable.Title(cqp);

    private static string Acquired(string cqp) => Conversation.Library.Guides[cqp].Guide.AnswerScale == "oui-non-partiellement" ? "tout à fait" : "en totalité";

    [Theory]
    [MemberData(nameof(Cqps))]
    public void A_candidate_who_masters_every_bloc_is_oriented_to_evaluation_directe(string cqp)
    {
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin(Title(cqp)).Tell(new Profile(VaeWish: "non")).AnswerRows((_, _) => Acquired(cqp));

        Assert.Equal(StepKind.Conclusion, talk.Step);
        Assert.All(talk.Conclusion.Result.Blocs, b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
        Assert.Equal(Conversation.Library.Guides[cqp].Guide.Blocs.Count, talk.Conclusion.Result.Blocs.Count);
        Assert.All(talk.Conclusion.Result.Blocs, b => Assert.Contains(b.Reasons, r => r.Contains("évalué(e) directement")));
        talk.Say("terminer");
        Assert.Equal(StepKind.Completed, talk.Step);
        Assert.NotNull(talk.State.CompletedAt);
    }

    [Theory]
    [MemberData(nameof(Cqps))]
    public void An_admissible_candidate_who_wishes_vae_is_oriented_to_vae_for_every_acquired_bloc(string cqp)
    {
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin(Title(cqp)).Tell(new Profile(Duration: "4 ans", VaeWish: "oui")).AnswerRows((_, _) => Acquired(cqp));

        var result = talk.Conclusion.Result;
        Assert.True(result.Recevabilite.Admissible, string.Join(" ", result.Recevabilite.Unmet));
        Assert.All(result.Blocs, b => Assert.Equal(OrientationKind.Vae, b.Final));
        Assert.Equal(Conversation.Library.Catalogue.NextSteps.WholeCqp.Text, result.NextStep);
    }

    [Theory]
    [MemberData(nameof(Cqps))]
    public void A_partial_answer_orients_its_bloc_to_formation_and_names_the_competences_to_acquire(string cqp)
    {
        var guide = Conversation.Library.Guides[cqp].Guide;
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin(Title(cqp)).Tell(new Profile())
            .AnswerRows((bloc, row) => bloc == guide.Blocs[0].Number && row == 1 ? "en partie" : Acquired(cqp), wish: "Formation aux techniques d'accueil");

        var first = talk.Conclusion.Result.Blocs[0];
        Assert.Equal(OrientationKind.Formation, first.Final);
        var row = guide.Blocs[0].Rows[0];
        Assert.Equal(row.Competences.Select(c => guide.Blocs[0].Competence(c).Text), first.CompetencesToAcquire);
        Assert.All(talk.Conclusion.Result.Blocs.Skip(1), b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
        Assert.Equal("Formation aux techniques d'accueil", talk.State.Answers[row.Id].Wish);
    }

    [Theory]
    [MemberData(nameof(Cqps))]
    public void An_interviewer_fills_the_guide_header_and_sees_the_example_questions(string cqp)
    {
        var talk = Conversation.Start().Begin(Title(cqp));

        Assert.Equal(Mode.Entretien, talk.State.Mode);
        Assert.Equal("Camille Martin", talk.State.Header!.CandidateName);
        Assert.Equal("Responsable formation", talk.State.Header.InterviewerFunction);
        Assert.Equal(new DateOnly(2026, 11, 23), talk.State.Header.Date);
        talk.Tell(new Profile());
        var row = Assert.IsType<RowQuestion>(talk.Current);
        Assert.NotEmpty(row.ExampleQuestions);
        Assert.StartsWith("L'expérience du candidat", row.Ask);
        Assert.Equal("Bloc 1/", row.Progress.Text[..(row.Progress.Text.IndexOf('/') + 1)].Replace("Domaine", "Bloc"));
    }

    [Theory]
    [MemberData(nameof(Cqps))]
    public void Targeting_one_bloc_covers_only_that_bloc_and_goes_to_the_commission_paritaire(string cqp)
    {
        var guide = Conversation.Library.Guides[cqp].Guide;
        var last = guide.Blocs[^1];
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin(Title(cqp), scope: last.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Tell(new Profile()).AnswerRows((bloc, _) =>
            {
                Assert.Equal(last.Number, bloc);
                return Acquired(cqp);
            });

        Assert.Equal([last.Id], talk.Conclusion.Result.Blocs.Select(b => b.BlocId));
        Assert.False(talk.Conclusion.Result.WholeCqp);
        Assert.Equal(Conversation.Library.Catalogue.NextSteps.IsolatedBlocs.Text, talk.Conclusion.Result.NextStep);
    }
}
