using CqpBot.Domain.Guides;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Interview;

/// <summary>The order of the steps: the guide's phases as a transition table, given what the state already holds.</summary>
internal static class Flow
{
    public static Step After(InterviewState s, InterviewContext context)
    {
        var (guide, cqp) = (context.Guide, context.Cqp);
        var step = s.Step;
        var prequalif = s.Mode == Mode.PreQualificationVae;
        return step.Kind switch
        {
            StepKind.Consent => s.Mode is null ? new(StepKind.ChooseMode) : new(StepKind.Accueil),
            StepKind.ChooseMode => new(StepKind.Accueil),
            StepKind.Accueil => s.Mode == Mode.Entretien ? new(StepKind.HeaderCandidate) : new(StepKind.ChooseCqp),
            StepKind.HeaderCandidate => new(StepKind.HeaderInterviewer),
            StepKind.HeaderInterviewer => new(StepKind.HeaderFunction),
            StepKind.HeaderFunction => new(StepKind.HeaderOrganisation),
            StepKind.HeaderOrganisation => new(StepKind.ChooseCqp),
            StepKind.CoeurDeMetier => new(StepKind.ChooseCqp),
            StepKind.ChooseCqp => prequalif ? new(StepKind.ExperienceDuration) : new(StepKind.PresentCqp),
            StepKind.PresentCqp => new(StepKind.Scope),
            StepKind.Scope => new(StepKind.ExperienceDuration),
            StepKind.ExperienceDuration => cqp?.Recevabilite.WindowMonths is not null && s.Profile.MonthsWithinWindow is null
                ? new(StepKind.ExperienceRecent)
                : new(StepKind.Sector),
            StepKind.ExperienceRecent => new(StepKind.Sector),
            StepKind.Sector => prequalif ? new(StepKind.Nature) : new(StepKind.Contacts),
            StepKind.Contacts => new(StepKind.Nature),
            StepKind.Nature => FirstCondition(cqp) ?? new(StepKind.ExperienceFrame),
            StepKind.Condition => NextCondition(cqp, step.Target) ?? new(StepKind.ExperienceFrame),
            StepKind.ExperienceFrame => prequalif ? new(StepKind.Justificatifs) : new(StepKind.Employment),
            StepKind.Employment => new(StepKind.Employer),
            StepKind.Employer => new(StepKind.Motivation),
            StepKind.Motivation => new(StepKind.VaeWish),
            StepKind.VaeWish => new(StepKind.Justificatifs),
            StepKind.Justificatifs => prequalif ? new(StepKind.Conclusion) : FirstRow(s, guide!),
            StepKind.Row => NeedsWish(s, context, step.Target!) ? new(StepKind.Wish, step.Target) : s.ReturnTo ?? AfterRow(s, guide!, step.Target!),
            StepKind.Wish => s.ReturnTo ?? AfterRow(s, guide!, step.Target!),
            StepKind.BlocSummary => AfterBloc(s, guide!, step.Target!),
            StepKind.Conclusion => new(StepKind.Completed),
            StepKind.OverrideBloc => new(StepKind.OverrideReason, step.Target),
            StepKind.OverrideReason => new(StepKind.Conclusion),
            _ => step,
        };
    }

    public static IReadOnlyList<Bloc> Blocs(InterviewState s, Guide guide) => OrientationRules.Targeted(guide, s).ToList();

    public static (Bloc Bloc, AnswerRow Row)? FindRow(Guide guide, string rowId)
    {
        foreach (var bloc in guide.Blocs)
        {
            if (bloc.Row(rowId) is { } row)
                return (bloc, row);
        }

        return null;
    }

    private static Step FirstRow(InterviewState s, Guide guide) => new(StepKind.Row, Blocs(s, guide)[0].Rows[0].Id);

    // The training wish is asked when a row is not fully acquired and the card did not already carry it.
    private static bool NeedsWish(InterviewState s, InterviewContext context, string rowId) =>
        s.Answers.TryGetValue(rowId, out var answer) && answer.Wish is null && context.LevelOf(answer) != AnswerLevel.Acquis;

    private static Step AfterRow(InterviewState s, Guide guide, string rowId)
    {
        var (bloc, row) = FindRow(guide, rowId)!.Value;
        var index = bloc.Rows.ToList().IndexOf(row);
        return index + 1 < bloc.Rows.Count ? new(StepKind.Row, bloc.Rows[index + 1].Id) : new(StepKind.BlocSummary, bloc.Id);
    }

    private static Step AfterBloc(InterviewState s, Guide guide, string blocId)
    {
        var blocs = Blocs(s, guide);
        var index = blocs.ToList().FindIndex(b => b.Id == blocId);
        return index + 1 < blocs.Count ? new(StepKind.Row, blocs[index + 1].Rows[0].Id) : new(StepKind.Conclusion);
    }

    private static Step? FirstCondition(CqpEntry? cqp) =>
        cqp?.Recevabilite.Conditions.Count > 0 ? new(StepKind.Condition, cqp.Recevabilite.Conditions[0].Id) : null;

    private static Step? NextCondition(CqpEntry? cqp, string? current)
    {
        var conditions = cqp?.Recevabilite.Conditions ?? [];
        var index = conditions.ToList().FindIndex(c => c.Id == current);
        return index >= 0 && index + 1 < conditions.Count ? new(StepKind.Condition, conditions[index + 1].Id) : null;
    }
}
