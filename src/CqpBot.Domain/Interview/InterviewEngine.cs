using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Interview;

/// <summary>
/// The interview as a function: (state, input) → (new state, outputs). No I/O, no clock but the injected one;
/// a bad answer is an output (a short re-prompt that shows what is expected), never an exception.
/// </summary>
public sealed class InterviewEngine(IGuideSource guides, TimeProvider clock, InterviewSettings? settings = null)
{
    private readonly InterviewSettings settings = settings ?? new InterviewSettings();

    public TurnResult Start(string interviewId, Mode? mode = null)
    {
        var now = clock.GetUtcNow();
        var state = new InterviewState { Id = interviewId, Mode = mode, StartedAt = now, UpdatedAt = now };
        return new TurnResult(state, Show(state), Applied: true);
    }

    /// <summary>The current question again (resume, reload of the page).</summary>
    public IReadOnlyList<Output> Show(InterviewState state)
    {
        var context = ContextOf(state);
        if (context is null)
            return [new Message(GuideChanged)];
        if (state.Paused)
            return [new Message(PausedText)];
        return Prompts.Show(state, context, settings);
    }

    public TurnResult Handle(InterviewState state, Input input)
    {
        var context = ContextOf(state);
        if (context is null)
            return IsRestart(input) ? Restart(state) : new TurnResult(state, [new Message(GuideChanged)], false);

        if (state.IsFinished)
        {
            return IsRestart(input)
                ? Restart(state)
                : new TurnResult(state, [new Message(state.Step.Kind == StepKind.Completed
                    ? "Cet entretien est terminé. Écrivez « recommencer » pour en commencer un nouveau."
                    : "Cet entretien est arrêté. Écrivez « recommencer » pour en commencer un nouveau.")], false);
        }

        var value = input.Value;
        var navigation = value is not null && (value.StartsWith("cmd:", StringComparison.Ordinal) || value.StartsWith("edit:", StringComparison.Ordinal) || value.StartsWith("override:", StringComparison.Ordinal));
        if (input.ForStep is not null && input.ForStep != state.Step.Key && !navigation)
            return Refuse(state, "Cette carte ne correspond plus à la question en cours : la réponse n'a pas été enregistrée. Voici la question en cours.");

        var command = value is not null && value.StartsWith("cmd:", StringComparison.Ordinal)
            ? ParseCommand(value[4..])
            : input.Fields is null && input.Value is null && input.Text is not null ? CommandRecognizer.Recognize(input.Text) : Command.None;

        if (state.Paused)
        {
            return command is Command.Resume or Command.Back
                ? Applied(state with { Paused = false }, context, [new Message("Reprenons où nous en étions.")])
                : new TurnResult(state, [new Message(PausedText)], false);
        }

        switch (command)
        {
            case Command.Back:
                return GoBack(state, context);
            case Command.Change:
                return StartChange(state, context);
            case Command.Progress:
                return new TurnResult(state, [new Message($"Progression : {Prompts.ProgressOf(state, context).Text} ({Prompts.ProgressOf(state, context).Percent} %)."), .. Prompts.Show(state, context, settings)], false);
            case Command.Pause:
                return Applied(state with { Paused = true }, context, []);
            case Command.Restart:
                return Restart(state);
            case Command.Help:
                return new TurnResult(state, [new Message(Wording.Help), .. Prompts.Show(state, context, settings)], false);
            case Command.Cancel:
                return Applied(state with { Step = new Step(StepKind.Cancelled), History = [.. state.History, state.Step] }, context,
                    [new Message("Entretien arrêté. Les réponses déjà données restent enregistrées ; écrivez « supprimer mes données » pour les effacer, ou « recommencer » pour un nouvel entretien.")]);
        }

        if (value is not null && value.StartsWith("edit:", StringComparison.Ordinal))
            return EditRow(state, context, value[5..]);
        if (value is not null && value.StartsWith("override:", StringComparison.Ordinal))
            return StartOverride(state, context, value[9..]);

        var outcome = StepAnswers.Read(state, input, command, context, clock);
        if (outcome.Error is not null)
            return Refuse(state, outcome.Error);

        var updated = outcome.State!;
        var nextContext = ContextOf(updated) ?? context;
        var next = outcome.Next ?? Flow.After(updated, nextContext);
        var returning = updated.ReturnTo is not null && next == updated.ReturnTo;
        updated = updated with
        {
            Step = next,
            History = [.. state.History, state.Step],
            ReturnTo = returning ? null : updated.ReturnTo,
            CompletedAt = next.Kind == StepKind.Completed ? clock.GetUtcNow() : updated.CompletedAt,
        };
        return Applied(updated, nextContext, outcome.Messages);
    }

    private TurnResult Applied(InterviewState state, InterviewContext context, IReadOnlyList<Output> before)
    {
        var saved = state with { Turn = state.Turn + 1, UpdatedAt = clock.GetUtcNow() };
        IReadOnlyList<Output> after = saved.Paused ? [new Message(PausedText)] : Prompts.Show(saved, context, settings);
        return new TurnResult(saved, [.. before, .. after], true);
    }

    private TurnResult Refuse(InterviewState state, string message) =>
        new(state, [new Message(message), .. Show(state)], false);

    private TurnResult GoBack(InterviewState state, InterviewContext context)
    {
        if (state.History.Count == 0)
            return Refuse(state, "Nous sommes au début : il n'y a pas de question précédente.");
        var previous = state.History[^1];
        var back = state with { Step = previous, History = state.History.Take(state.History.Count - 1).ToList(), ReturnTo = null };
        return Applied(back, ContextOf(back) ?? context, [new Message("Retour à la question précédente.")]);
    }

    private TurnResult StartChange(InterviewState state, InterviewContext context)
    {
        if (context.Guide is null || state.Answers.Count == 0 || state.Step.Kind is StepKind.ChangeAnswer)
            return Refuse(state, "Aucune réponse de bloc à modifier pour l'instant. Écrivez « retour » pour revenir à la question précédente.");
        return Applied(state with { ReturnTo = state.ReturnTo ?? state.Step, Step = new Step(StepKind.ChangeAnswer), History = [.. state.History, state.Step] }, context, []);
    }

    private TurnResult EditRow(InterviewState state, InterviewContext context, string rowId)
    {
        if (context.Guide is null || Flow.FindRow(context.Guide, rowId) is not { } found
            || !OrientationRules.Targeted(context.Guide, state).Contains(found.Bloc) || !state.Answers.ContainsKey(rowId))
            return Refuse(state, "Cette réponse n'existe pas dans cet entretien : rien n'a été modifié.");
        var origin = state.Step.Kind == StepKind.ChangeAnswer ? state.ReturnTo : state.Step;
        return Applied(state with { Step = new Step(StepKind.Row, rowId), ReturnTo = origin, History = [.. state.History, state.Step] }, context, []);
    }

    private TurnResult StartOverride(InterviewState state, InterviewContext context, string blocId)
    {
        if (state.Step.Kind != StepKind.Conclusion || state.Mode != Mode.Entretien || context.Guide?.Bloc(blocId) is null
            || !OrientationRules.Targeted(context.Guide, state).Any(b => b.Id == blocId))
            return Refuse(state, "L'orientation d'un bloc ne peut être modifiée que par l'intervieweur, à la conclusion, pour un bloc de l'entretien.");
        return Applied(state with { Step = new Step(StepKind.OverrideBloc, blocId), History = [.. state.History, state.Step] }, context, []);
    }

    private TurnResult Restart(InterviewState state)
    {
        var fresh = Start(state.Id, state.Mode);
        return fresh with { State = fresh.State with { Turn = state.Turn + 1 }, Outputs = [new Message("Nouvel entretien."), .. fresh.Outputs] };
    }

    private static bool IsRestart(Input input) =>
        input.Value == "cmd:restart" || (input.Text is not null && CommandRecognizer.Recognize(input.Text) == Command.Restart);

    private static Command ParseCommand(string name) => name switch
    {
        "back" => Command.Back,
        "change" => Command.Change,
        "progress" => Command.Progress,
        "pause" => Command.Pause,
        "resume" => Command.Resume,
        "restart" => Command.Restart,
        "help" => Command.Help,
        "cancel" => Command.Cancel,
        "skip" => Command.Skip,
        _ => Command.None,
    };

    private InterviewContext? ContextOf(InterviewState state)
    {
        var library = guides.Library;
        if (state.CqpId is null)
            return new InterviewContext(library, null, null);
        var cqp = library.Catalogue.Cqp(state.CqpId);
        if (cqp is null)
            return null;
        if (cqp.Guide is null || state.Mode == Mode.PreQualificationVae && state.GuideFingerprint is null)
            return new InterviewContext(library, null, cqp);
        var guide = guides.Find(state.CqpId, state.GuideFingerprint);
        return guide is null ? null : new InterviewContext(library, guide.Guide, cqp);
    }

    private const string PausedText = "Entretien en pause : tout est enregistré. Écrivez « reprendre » quand vous voulez continuer, même plus tard.";

    private const string GuideChanged = "Le guide de ce CQP a changé depuis le début de cet entretien et l'ancienne version n'est plus disponible. Écrivez « recommencer » pour reprendre avec le guide actuel.";
}
