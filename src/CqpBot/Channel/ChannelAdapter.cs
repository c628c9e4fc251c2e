using System.Buffers;
using System.Text.Json;
using CqpBot.Channel.Auth;

namespace CqpBot.Channel;

/// <summary>
/// Turns a POST to /api/messages into a turn and its HTTP answer (botbuilder CloudAdapter.process and
/// CloudAdapterBase.processTurnResults): 400 for what is not an activity, 401 for a bad token,
/// expectReplies answered inline, invoke answered with its invoke response (501 when none), else 200 empty.
/// </summary>
public sealed class ChannelAdapter(ChannelAuthenticator authenticator, IConnectorClient connector, TimeProvider clock, ILogger<ChannelAdapter> logger)
{
    /// <summary>An activity is a few kilobytes; a card submit with long free texts stays far below this.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    public async Task<IResult> ProcessAsync(HttpRequest request, IBot bot, CancellationToken cancellationToken)
    {
        var (activity, problem) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            ChannelLog.BadActivity(logger, problem!.Detail);
            return problem.ToResult();
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
            return BadRequest("Le champ « type » de l'activité est obligatoire.");

        var identity = await authenticator.AuthenticateAsync(request.Headers.Authorization.FirstOrDefault(), activity, cancellationToken);
        if (identity is null && !authenticator.IsAnonymous)
        {
            // No body at all on 401, as the SDK answers: nothing that tells a prober which check failed.
            if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                pages.Enabled = false;
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.From?.Id))
            return BadRequest("Les champs « conversation.id », « channelId » et « from.id » sont obligatoires.");
        if (!IsPlausibleConversationId(activity.Conversation.Id))
            return BadRequest("Le champ « conversation.id » est trop long ou contient des caractères de contrôle.");
        if (!activity.ExpectsReplies && !IsHttpUrl(activity.ServiceUrl))
            return BadRequest("Le champ « serviceUrl » doit être une URL http(s) pour recevoir les réponses (ou utilisez deliveryMode « expectReplies »).");

        var turn = await RunTurnAsync(activity, identity, connector, bot, cancellationToken);
        if (turn.Failed)
            return Results.StatusCode(StatusCodes.Status500InternalServerError);

        // expectReplies is checked first, even for invoke: the invoke response is one more buffered activity.
        if (activity.ExpectsReplies)
        {
            var replies = turn.BufferedReplies.ToList();
            if (turn.InvokeResponse is { } invoke)
                replies.Add(new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(new { status = invoke.Status, body = invoke.Body }, ProtocolJson.Options) });
            return new ExpectedRepliesResult(replies, turn.NotApplied ? 503 : 200);
        }

        if (turn.NotApplied)
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        if (activity.Type == ActivityTypes.Invoke)
            return turn.InvokeResponse is { } invoke ? Results.Json(invoke.Body, ProtocolJson.Options, statusCode: invoke.Status) : Results.StatusCode(StatusCodes.Status501NotImplemented);
        return Results.Ok();
    }

    /// <summary>
    /// Runs one turn for an activity, whoever delivered it (/api/messages, or the embedded Direct Line with its own
    /// connector). The turn error handler logs once and apologises in French; the saved interview is kept.
    /// </summary>
    public async Task<TurnContext> RunTurnAsync(Activity activity, System.Security.Claims.ClaimsIdentity? identity, IConnectorClient replies, IBot bot, CancellationToken cancellationToken)
    {
        // A message answered through the connector shows "…" while slow; expectReplies and invokes answer in the body.
        await using var typing = activity.Type == ActivityTypes.Message && !activity.ExpectsReplies
            ? new TypingIndicator(activity, replies, e => ChannelLog.TypingDropped(logger, Hash(activity.Conversation!.Id!), e.GetType().Name), clock, cancellationToken)
            : null;
        var turn = new TurnContext(activity, identity, typing ?? replies);
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ChannelLog.TurnFailed(logger, e, Hash(activity.Conversation!.Id!), activity.Type!);
            turn.Failed = true;
            await ApologiseAsync(turn, cancellationToken);
        }

        return turn;
    }

    /// <summary>A short, stable, non-reversible tag for logs: the conversation id itself may identify a person.</summary>
    public static string Hash(string conversationId) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(conversationId)))[..10].ToLowerInvariant();

    private async Task ApologiseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            var sorry = turn.Activity.CreateReply();
            sorry.Text = "Désolé, un problème technique est survenu. Vos réponses déjà enregistrées sont conservées : réessayez dans un instant.";
            await turn.SendActivityAsync(sorry, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            ChannelLog.TurnFailed(logger, e, Hash(turn.Activity.Conversation!.Id!), "apology");
        }
    }

    private IResult BadRequest(string detail)
    {
        ChannelLog.BadActivity(logger, detail);
        return ActivityProblem.Invalid(detail).ToResult();
    }

    /// <summary>
    /// The posted activity, or why there is none (400, 413): read within <see cref="MaxActivityBytes"/> whoever posts it,
    /// /api/messages or the embedded Direct Line. Enforced here as well as by Kestrel: behind other servers (IIS,
    /// test hosts) the body is not limited for us.
    /// </summary>
    public static async Task<(Activity? Activity, ActivityProblem? Problem)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[]? body = null;
        try
        {
            (body, var length) = await ReadBoundedAsync(request, cancellationToken);
            if (length < 0)
                return (null, ActivityProblem.TooLarge);
            // The activity keeps nothing of the buffer (its JSON values are copies): the buffer goes back to the pool.
            return JsonSerializer.Deserialize<Activity>(body.AsSpan(0, length), ProtocolJson.Options) is { } activity
                ? (activity, null)
                : (null, ActivityProblem.Invalid("Le corps de la requête doit être un objet JSON Activity."));
        }
        catch (JsonException e)
        {
            return (null, ActivityProblem.Invalid($"Le corps de la requête n'est pas une activité JSON valide ({FirstLine(e.Message)})."));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ActivityProblem.TooLarge);
        }
        finally
        {
            if (body is not null)
                ArrayPool<byte>.Shared.Return(body, clearArray: true);
        }
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The id goes into the connector's URL: real ones (Teams included) are far shorter and printable.</summary>
    private static bool IsPlausibleConversationId(string id) => id.Length <= MaxConversationIdLength && !id.Any(char.IsControl);

    private const int MaxConversationIdLength = 1024;

    private static string FirstLine(string message) => message.Split('.', 2)[0];

    /// <summary>
    /// The body in a pooled buffer (to return), and its length, or -1 when it is longer than <see cref="MaxActivityBytes"/>
    /// (declared or actually sent). Pooled: a turn's body was the largest allocation of the request path. Cleared when
    /// returned, as <c>PackedResponse</c>'s buffers are: it held a candidate's answer, and the pool lends it to any code.
    /// </summary>
    private static async Task<(byte[]? Buffer, int Length)> ReadBoundedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxActivityBytes)
            return (null, -1);
        var pool = ArrayPool<byte>.Shared;
        // One byte more than announced, so that the end of the body is seen without growing the buffer.
        var buffer = pool.Rent((int)(request.ContentLength ?? 16 * 1024) + 1);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > MaxActivityBytes)
                    return (buffer, -1);
                if (length == buffer.Length)
                {
                    var larger = pool.Rent((int)Math.Min(buffer.Length * 2L, MaxActivityBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer, clearArray: true);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            pool.Return(buffer, clearArray: true);
            throw;
        }
    }
}
