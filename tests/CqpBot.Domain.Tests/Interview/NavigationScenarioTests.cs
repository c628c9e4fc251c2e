using System.Globalization;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>Moving around an interview by typed words, for every CQP with a guide and both modes that go through the blocs.</summary>
public class NavigationScenarioTests
{
    private static Conversation AtTheRows(string cqp, Mode mode, string scope = "tout") =>
        Conversation.Start(mode).Begin(Runnable.Title(cqp), scope).Tell(new Profile());

    /// <summary>Types <paramref name="typed"/> at a row and checks it changed nothing and showed the same row again; returns the first message.</summary>
    private static string NothingChangesAtTheRow(Conversation talk, string typed)
    {
        var row = talk.Row!;
        var state = StateJson.Write(talk.State);

        talk.Say(typed);

        Assert.False(talk.LastApplied);
        Assert.Equal(state, StateJson.Write(talk.State));
        Assert.Equal(row.StepKey, talk.Row!.StepKey);
        return Assert.IsType<Message>(talk.Last[0]).Text;
    }

    private static Func<Conversation, bool> AtRow(int bloc, int row) =>
        talk => talk.Row is { } r && talk.Step == StepKind.Row && r.BlocNumber == bloc && r.Progress.Row == row;

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Changing_an_answer_from_the_bloc_summary_returns_to_the_summary_and_the_orientation_follows(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var talk = AtTheRows(cqp, mode).AnswerRows((_, _) => Runnable.Acquired, until: t => t.Step == StepKind.BlocSummary);
        Assert.Equal($"BlocSummary:{guide.Blocs[0].Id}", talk.State.Step.Key);

        talk.Say("modifier").Say("1").Say(Runnable.NotAcquired).Say("Une formation aux outils");

        var summary = Assert.IsType<BlocSummary>(talk.Current);
        Assert.Equal(guide.Blocs[0].Number, summary.Number);
        var changed = summary.Lines[0];
        Assert.Equal(Conversation.Library.Catalogue.Scale(guide.AnswerScale)!.Choices.First(c => c.AnswerLevel == Guides.AnswerLevel.NonAcquis).Label, changed.Answer);
        Assert.Equal("Une formation aux outils", changed.Wish);

        talk.AnswerRows((_, _) => Runnable.Acquired);
        var blocs = talk.Conclusion.Result.Blocs;
        Assert.Equal(OrientationKind.Formation, blocs[0].Final);
        Assert.Equal(guide.Blocs[0].Rows[0].Competences.Select(c => guide.Blocs[0].Competence(c).Text), blocs[0].CompetencesToAcquire);
        Assert.All(blocs.Skip(1), b => Assert.Equal(OrientationKind.EvaluationDirecte, b.Final));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Changing_an_answer_at_the_conclusion_changes_the_orientation(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var talk = AtTheRows(cqp, mode).AnswerRows((_, _) => Runnable.Acquired);
        Assert.Equal(OrientationKind.EvaluationDirecte, talk.Conclusion.Result.Blocs[^1].Final);
        var lastRows = guide.Blocs.Sum(b => b.Rows.Count);

        talk.Say("modifier").Say(lastRows.ToString(CultureInfo.InvariantCulture)).Say(Runnable.Partly).Say("passer");

        Assert.Equal(StepKind.Conclusion, talk.Step);
        Assert.Equal(OrientationKind.Formation, talk.Conclusion.Result.Blocs[^1].Final);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void A_paused_interview_stored_and_reloaded_later_resumes_at_the_same_question(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode).AnswerRows((_, _) => Runnable.Partly, until: AtRow(2, 1));
        var before = talk.Row!;
        var answers = talk.State.Answers.Count;

        talk.Say("pause");
        Assert.True(talk.State.Paused);
        Assert.Contains("pause", talk.Text);

        var later = talk.Reloaded();
        Assert.Contains("reprendre", later.Text);
        later.Say("reprendre");

        Assert.False(later.State.Paused);
        Assert.Equal(before.StepKey, later.Row!.StepKey);
        Assert.Equal(before.Competences, later.Row.Competences);
        Assert.Equal(before.Progress.Text, later.Row.Progress.Text);
        Assert.Equal(answers, later.State.Answers.Count);
        later.AnswerRows((_, _) => Runnable.Acquired);
        Assert.Equal(StepKind.Conclusion, later.Step);
        Assert.Equal(OrientationKind.Formation, later.Conclusion.Result.Blocs[0].Final);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Going_back_shows_the_previous_question_with_its_recorded_answer(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var bloc = guide.Blocs.First(b => b.Rows.Count >= 2);
        var talk = AtTheRows(cqp, mode).AnswerRows((_, _) => Runnable.Acquired, until: AtRow(bloc.Number, 2));

        talk.Say("retour");

        Assert.True(talk.LastApplied);
        Assert.Contains("Retour à la question précédente.", talk.Text);
        Assert.Equal($"Row:{bloc.Rows[0].Id}", talk.Row!.StepKey);
        Assert.Equal(talk.State.Answers[bloc.Rows[0].Id].Choice, talk.Row.CurrentChoice);
        talk.Say(Runnable.Acquired);
        Assert.Equal($"Row:{bloc.Rows[1].Id}", talk.Row!.StepKey);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Progress_names_the_bloc_and_the_question_out_of_their_totals(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var bloc = guide.Blocs[1];
        var row = Math.Min(2, bloc.Rows.Count);
        var talk = AtTheRows(cqp, mode).AnswerRows((_, _) => Runnable.Acquired, until: AtRow(bloc.Number, row));

        var message = NothingChangesAtTheRow(talk, "où en suis-je ?");

        var expected = $"{guide.UnitLabel} 2/{guide.Blocs.Count}, question {row}/{bloc.Rows.Count}";
        Assert.StartsWith($"Progression : {expected}", message, StringComparison.Ordinal);
        Assert.Equal(expected, talk.Row!.Progress.Text);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void An_answer_not_understood_gets_a_short_re_prompt_with_the_choices_and_nothing_is_recorded(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode);

        var reprompt = NothingChangesAtTheRow(talk, "banane flambée");

        Assert.StartsWith("Je n'ai pas compris « banane flambée ».", reprompt, StringComparison.Ordinal);
        Assert.All(talk.Row!.Choices, c => Assert.Contains(c.Label, reprompt));
        Assert.True(reprompt.Length < 200, reprompt);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void A_choice_can_be_typed_as_its_number(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode);
        var row = talk.Row!;

        talk.Say("3");

        Assert.True(talk.LastApplied);
        Assert.Equal(row.Choices[2].Value, talk.State.Answers[row.StepKey["Row:".Length..]].Choice);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void A_duration_not_understood_is_asked_again_with_examples_and_nothing_is_recorded(string cqp, Mode mode)
    {
        var talk = Conversation.Start(mode).Begin(Runnable.Title(cqp));
        Assert.Equal(StepKind.ExperienceDuration, talk.Step);

        talk.Say("bientôt");

        Assert.False(talk.LastApplied);
        Assert.Equal(StepKind.ExperienceDuration, talk.Step);
        Assert.Null(talk.State.Profile.ExperienceMonths);
        Assert.Contains("« 18 mois »", Assert.IsType<Message>(talk.Last[0]).Text);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Help_explains_the_commands_and_shows_the_same_question_again(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode);

        Assert.Contains("« retour »", NothingChangesAtTheRow(talk, "aide"));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Targeting_one_bloc_covers_only_that_bloc(string cqp, Mode mode)
    {
        var guide = Runnable.Guide(cqp);
        var target = guide.Blocs[1];
        var seen = new HashSet<int>();

        var talk = AtTheRows(cqp, mode, scope: $"le {guide.UnitLabel.ToLowerInvariant()} {target.Number}").AnswerRows((bloc, _) =>
        {
            seen.Add(bloc);
            return Runnable.NotAcquired;
        });

        Assert.Equal([target.Number], seen);
        Assert.Equal([target.Id], talk.Conclusion.Result.Blocs.Select(b => b.BlocId));
        Assert.Equal(OrientationKind.Formation, talk.Conclusion.Result.Blocs[0].Final);
        Assert.Equal(Conversation.Library.Catalogue.NextSteps.IsolatedBlocs.Text, talk.Conclusion.Result.NextStep);
        Assert.Equal(target.Rows.Count, talk.State.Answers.Count);
    }

    [Theory]
    [MemberData(nameof(Runnable.Cqps), MemberType = typeof(Runnable))]
    public void Targeting_two_blocs_covers_both_in_order_and_goes_to_the_commission_paritaire(string cqp)
    {
        var guide = Runnable.Guide(cqp);
        var (first, last) = (guide.Blocs[0], guide.Blocs[^1]);

        var talk = AtTheRows(cqp, Mode.AutoPositionnement, scope: $"{first.Number} et {last.Number}").AnswerRows((_, _) => Runnable.Acquired);

        Assert.Equal([first.Id, last.Id], talk.Conclusion.Result.Blocs.Select(b => b.BlocId));
        Assert.False(talk.Conclusion.Result.WholeCqp);
    }

    [Theory]
    [MemberData(nameof(Runnable.Cqps), MemberType = typeof(Runnable))]
    public void A_typed_bloc_number_names_that_bloc_and_never_a_position_in_the_list(string cqp)
    {
        var guide = Runnable.Guide(cqp);

        var talk = AtTheRows(cqp, Mode.AutoPositionnement, scope: "1");

        Assert.Equal([guide.Blocs[0].Id], talk.State.TargetBlocs);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Recommencer_in_the_middle_starts_a_new_interview_with_nothing_kept(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode).Say(Runnable.Acquired);
        Assert.NotEmpty(talk.State.Answers);

        talk.Say("recommencer");

        Assert.True(talk.LastApplied);
        Assert.Contains(talk.Last, o => o is Message m && m.Text == "Nouvel entretien.");
        Assert.Empty(talk.State.Answers);
        Assert.Null(talk.State.CqpId);
        Assert.Equal(mode, talk.State.Mode);
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void Annuler_stops_the_interview_keeps_what_was_answered_and_says_how_to_erase_it(string cqp, Mode mode)
    {
        var talk = AtTheRows(cqp, mode).Say(Runnable.Acquired);
        var answers = talk.State.Answers.Count;

        talk.Say("annuler");

        Assert.Equal(StepKind.Cancelled, talk.Step);
        Assert.Equal(answers, talk.State.Answers.Count);
        Assert.Contains(talk.Last, o => o is Message m && m.Text.Contains("supprimer mes données", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Runnable.CqpsAndModes), MemberType = typeof(Runnable))]
    public void With_one_bloc_targeted_the_bloc_summary_shows_at_least_the_progress_of_its_last_row(string cqp, Mode mode)
    {
        var last = Runnable.Guide(cqp).Blocs[^1];
        var talk = AtTheRows(cqp, mode, scope: last.Number.ToString(CultureInfo.InvariantCulture));
        var lastRowPercent = 0;

        talk.AnswerRows((_, _) => Runnable.Acquired, until: t =>
        {
            lastRowPercent = t.Row?.Progress.Percent ?? lastRowPercent;
            return t.Step == StepKind.BlocSummary;
        });

        var summary = Assert.IsType<BlocSummary>(talk.Current);
        Assert.True(summary.Progress.Percent >= lastRowPercent, $"summary {summary.Progress.Percent} % after a row at {lastRowPercent} %");
        Assert.Equal(90, summary.Progress.Percent);
    }
}
