using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using CqpBot.Cards;
using CqpBot.Channel;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Recognition;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// One turn of an interview: take the state (the one this instance saved last, else the store's), run the engine, save
/// (optimistic, with the activity id so a redelivery is applied once), then answer. The save happens before any reply
/// leaves.
/// </summary>
public sealed class InterviewBot(
    InterviewEngine engine,
    IInterviewStore store,
    GuideSnapshots guides,
    IRecordLinks links,
    RecordsCommand recordsCommand,
    ParsedStates parsedStates,
    ILogger<InterviewBot> logger) : IBot
{
    private const int MaxAttempts = 4;

    public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var started = Stopwatch.GetTimestamp();
        var step = "-";
        try
        {
            step = activity.Type switch
            {
                ActivityTypes.Message => await OnInputAsync(turn, cancellationToken),
                ActivityTypes.Invoke when activity.Name == "adaptiveCard/action" => await OnCardActionAsync(turn, cancellationToken),
                ActivityTypes.Invoke => NotSupported(turn),
                // Web pages send "webchat/join" with the mode they want; other channels are welcomed when a member other than the bot joins.
                ActivityTypes.ConversationUpdate when activity.ChannelId is not ("webchat" or "directline") && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true => await WelcomeAsync(turn, null, cancellationToken),
                ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => await WelcomeAsync(turn, null, cancellationToken),
                ActivityTypes.Event when activity.Name == "webchat/join" => await WelcomeAsync(turn, ModeFrom(activity.Value), cancellationToken),
                _ => "ignored",
            };
        }
        catch (StoreUnavailableException)
        {
            ChannelLog.StoreUnavailable(logger, ChannelAdapter.Hash(activity.Conversation!.Id!));
            turn.NotApplied = true;
            var sorry = activity.CreateReply();
            sorry.Text = "L'enregistrement est momentanément indisponible : votre dernière réponse n'a pas été prise en compte. Merci de la renvoyer dans un instant.";
            await turn.SendActivityAsync(sorry, cancellationToken);
            step = "store-unavailable";
        }
        finally
        {
            // The hash costs a SHA-256 per turn: only when the Debug line is written.
            if (logger.IsEnabled(LogLevel.Debug))
                ChannelLog.Turn(logger, ChannelAdapter.Hash(activity.Conversation!.Id!), activity.Type ?? "", step, turn.NotApplied ? 503 : 200, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static string Key(Activity activity) => $"{activity.ChannelId}:{activity.Conversation!.Id}";

    private async Task<string> WelcomeAsync(ITurnContext turn, Mode? mode, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var key = Key(activity);
        var stored = await store.GetAsync(key, cancellationToken);
        if (stored is not null)
        {
            var state = parsedStates.Read(stored);
            await guides.PrepareAsync(state, cancellationToken);
            await SendAsync(turn, [new Message("Bon retour ! Reprenons où nous en étions."), .. engine.Show(state)], state, cancellationToken);
            return state.Step.Key;
        }

        var started = engine.Start(Guid.NewGuid().ToString("N"), mode);
        var replies = Replies(turn, [new Message(Greeting(activity.ChannelId)), .. started.Outputs], started.State);
        var result = await store.SaveAsync(Write(activity, key, 0, started.State, replies, null), cancellationToken);
        if (result == SaveResult.Saved)
        {
            parsedStates.Saved(key, 1, started.State);
            await SendAllAsync(turn, replies, cancellationToken);
        }
        else
            await WelcomeAsync(turn, mode, cancellationToken); // another instance created it first: show its question
        return started.State.Step.Key;
    }

    private async Task<string> OnInputAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var (input, cardInterview) = CardInput.Read(turn.Activity);
        if (input is null)
            return "empty";
        if (RecordsCommand.Recognize(input.Text))
        {
            var list = turn.Activity.CreateReply();
            list.Text = await recordsCommand.ListAsync(turn.Activity, cancellationToken);
            await turn.SendActivityAsync(list, cancellationToken);
            return "records";
        }

        var outcome = await ApplyAsync(turn, input, cardInterview, cancellationToken);
        await SendAllAsync(turn, outcome.Replies, cancellationToken);
        return outcome.Step;
    }

    private async Task<string> OnCardActionAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var a) ? a : default;
        var verb = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("verb", out var vb) ? vb.GetString() : null;
        var (input, cardInterview) = CardInput.Read(turn.Activity);
        if (input?.ForStep is null || verb is not ("answer" or "refresh"))
        {
            turn.InvokeResponse = CardActionResponses.Error(400, "BadRequest", "Cette action de carte n'est pas reconnue.");
            return "bad-card-action";
        }

        if (verb == "refresh")
            return await RefreshAsync(turn, input.ForStep, cancellationToken);

        var outcome = await ApplyAsync(turn, input, cardInterview, cancellationToken);
        turn.InvokeResponse = outcome.Invoke;
        await SendAllAsync(turn, outcome.Replies, cancellationToken);
        return outcome.Step;
    }

    /// <summary>Teams asks for the up-to-date card: the live card if its step is current, else the answered, read-only one.</summary>
    private async Task<string> RefreshAsync(ITurnContext turn, string forStep, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(Key(turn.Activity), cancellationToken);
        if (stored is null)
        {
            turn.InvokeResponse = CardActionResponses.Error(404, "NotFound", "Cet entretien n'existe plus.");
            return "refresh-missing";
        }

        var state = parsedStates.Read(stored);
        await guides.PrepareAsync(state, cancellationToken);
        var context = CardContextFor(turn.Activity, state);
        var current = engine.Show(state).LastOrDefault(o => o is not Message);
        turn.InvokeResponse = current is not null && state.Step.Key == forStep
            ? CardActionResponses.Card(ActivityRenderer.Render(current, context, links.For(state, Key(turn.Activity))))
            : CardActionResponses.Card(AnsweredCards.Recorded(forStep, state, guides));
        return "refresh";
    }

    private async Task<TurnOutcome> ApplyAsync(ITurnContext turn, Input input, string? cardInterview, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var key = Key(activity);
        // The turn first starts from the state this instance saved last, without reading the store (attempt 0): the
        // save checks the version and the interview id, so another instance's write or a deletion shows as a conflict,
        // and the turn is replayed on the row read from the store (attempts 1 to MaxAttempts).
        var cached = parsedStates.Latest(key);
        for (var attempt = cached is null ? 1 : 0; ; attempt++)
        {
            // A redelivered activity is caught by the save (its id is already applied) or, when the engine does not
            // apply it this time, just below.
            var latest = attempt == 0 ? cached : null;
            var stored = latest is null ? await store.GetAsync(key, cancellationToken) : null;
            if (attempt == 1 && cached is not null && (stored?.Version != cached.Version || stored.InterviewId != cached.InterviewId))
                parsedStates.Shared(key, cached); // another writer moved it on: its next turns read the store first
            long? version = latest?.Version ?? stored?.Version;

            InterviewState state;
            IReadOnlyList<Output> before = [];
            if (latest is not null)
                state = latest.State;
            else if (stored is null)
            {
                var start = engine.Start(Guid.NewGuid().ToString("N"));
                state = start.State;
                before = [new Message(Greeting(activity.ChannelId))];
            }
            else
            {
                state = parsedStates.Read(stored);
            }

            await guides.PrepareAsync(state, cancellationToken);
            var privacy = Privacy.Recognize(input.Text);
            if (privacy is not null && latest is not null)
                continue; // an export shows what the store holds: read it
            if (privacy is not null)
                return await PrivacyAsync(turn, privacy.Value, key, version is not null, state, cancellationToken);

            TurnResult result;
            if (cardInterview is not null && cardInterview != state.Id)
                result = new TurnResult(state, [new Message("Cette carte appartient à un autre entretien : la réponse n'a pas été enregistrée."), .. engine.Show(state)], false);
            else if (version is null)
                result = new TurnResult(state, [.. before, .. engine.Show(state)], true);
            else
                result = engine.Handle(state, input);

            var replies = Replies(turn, result.Outputs, result.State);
            var invoke = InvokeAnswer(input, result);
            // A turn that saves nothing is checked by no save: its answer must come from the store's state.
            if (!result.Applied && latest is not null)
                continue;
            if (!result.Applied)
                return version is not null && activity.Id is not null && await store.GetAppliedResponseAsync(key, activity.Id, cancellationToken) is { } applied
                    ? Replay(applied, "duplicate")
                    : new TurnOutcome(replies, invoke, state.Step.Key);

            await guides.RememberAsync(result.State, cancellationToken);
            var save = await store.SaveAsync(Write(activity, key, version ?? 0, result.State, replies, invoke), cancellationToken);
            switch (save)
            {
                case SaveResult.Saved when result.State.Step.Kind == StepKind.Cancelled && !result.State.ConsentGiven:
                    // Consent refused: « rien ne sera conservé » — the few steps stored before the refusal go too.
                    parsedStates.Forget(key);
                    await store.DeleteAsync(key, cancellationToken);
                    return new TurnOutcome(replies, invoke, "consent-refused");
                case SaveResult.Saved:
                    parsedStates.Saved(key, (version ?? 0) + 1, result.State);
                    return new TurnOutcome(replies, invoke, result.State.Step.Key);
                case SaveResult.Duplicate when activity.Id is not null && await store.GetAppliedResponseAsync(key, activity.Id, cancellationToken) is { } first:
                    return Replay(first, "duplicate");
                case SaveResult.Conflict when attempt < MaxAttempts:
                    continue; // another instance wrote this conversation meanwhile, or it was deleted: replay the turn on its state
                default:
                    throw new StoreUnavailableException("The interview could not be saved after several attempts.", new InvalidOperationException(save.ToString()));
            }
        }
    }

    private async Task<TurnOutcome> PrivacyAsync(ITurnContext turn, PrivacyRequest request, string key, bool stored, InterviewState state, CancellationToken cancellationToken)
    {
        if (request == PrivacyRequest.Delete)
        {
            parsedStates.Forget(key);
            await store.DeleteAsync(key, cancellationToken);
            return new TurnOutcome(Replies(turn, [new Message("Vos données ont été supprimées. Écrivez « bonjour » pour commencer un nouvel entretien.")], state), null, "deleted");
        }

        var export = !stored
            ? "Aucune donnée n'est enregistrée pour cette conversation."
            : "Voici vos données (format JSON) :\n\n```json\n" + PrivacyExport.Json(state, guides) + "\n```";
        return new TurnOutcome(Replies(turn, [new Message(export)], state), null, "export");
    }

    private InvokeResponse? InvokeAnswer(Input input, TurnResult result)
    {
        if (input.ForStep is null)
            return null;
        return result.Applied
            ? CardActionResponses.Card(AnsweredCards.Recorded(input.ForStep, result.State, guides))
            : CardActionResponses.Text(result.Outputs.OfType<Message>().FirstOrDefault()?.Text ?? "La réponse n'a pas été enregistrée.");
    }

    private List<Activity> Replies(ITurnContext turn, IReadOnlyList<Output> outputs, InterviewState state)
    {
        var replies = ActivityRenderer.Render(outputs, turn.Activity, CardContextFor(turn.Activity, state), links.For(state, Key(turn.Activity))).ToList();
        // Ids now rather than when sent: the response stored with the turn and the HTTP answer are then the same JSON,
        // written once, and a redelivered activity gets the very same replies.
        if (turn.Activity.ExpectsReplies)
            replies.ForEach(reply => reply.Id ??= Guid.NewGuid().ToString("N"));
        return replies;
    }

    private static CardContext CardContextFor(Activity activity, InterviewState state) =>
        new(state.Id, activity.From?.Id, UniversalActions: activity.ChannelId == "msteams");

    private Task SendAsync(ITurnContext turn, IReadOnlyList<Output> outputs, InterviewState state, CancellationToken cancellationToken) =>
        SendAllAsync(turn, Replies(turn, outputs, state), cancellationToken);

    private static async Task SendAllAsync(ITurnContext turn, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
            await turn.SendActivityAsync(reply, cancellationToken);
    }

    private static TurnOutcome Replay(string storedJson, string step)
    {
        var stored = JsonSerializer.Deserialize<StoredTurn>(storedJson, ProtocolJson.Options)!;
        return new TurnOutcome(stored.Replies, stored.Invoke, step);
    }

    private static InterviewWrite Write(Activity activity, string key, long expected, InterviewState state, IReadOnlyList<Activity> replies, InvokeResponse? invoke) => new(
        key,
        state.Id,
        expected,
        StateJson.Write(state),
        new InterviewOwner(activity.ChannelId!, activity.From!.Id!, activity.From.AadObjectId, activity.Conversation?.TenantId ?? TenantOf(activity)),
        Domain.Records.RecordBuilder.StatusOf(state),
        state.UpdatedAt,
        activity.Id,
        StoredTurn.Utf8(replies, invoke));

    internal static string? TenantOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) ? id.GetString() : null;

    private static Mode? ModeFrom(JsonElement? value)
    {
        var mode = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return mode switch { "auto" => Mode.AutoPositionnement, "prequalif" => Mode.PreQualificationVae, "entretien" => Mode.Entretien, _ => null };
    }

    private static string Greeting(string? channelId) => channelId == "msteams"
        ? "Bonjour ! Je vous accompagne pour conduire l'entretien d'accueil et d'orientation d'un CQP de la branche Mutualité, bloc par bloc, jusqu'au compte rendu."
        : "Bonjour ! Je vous accompagne pour l'entretien d'accueil et d'orientation d'un CQP de la branche Mutualité.";

    private static string NotSupported(ITurnContext turn)
    {
        turn.InvokeResponse = CardActionResponses.Error(400, "NotSupported", $"L'invoke « {turn.Activity.Name} » n'est pas pris en charge.");
        return "invoke-not-supported";
    }

    private sealed record TurnOutcome(IReadOnlyList<Activity> Replies, InvokeResponse? Invoke, string Step);
}
