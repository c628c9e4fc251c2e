using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using CqpBot.Channel;
using CqpBot.Channel.DirectLine;

namespace CqpBot.Endpoints;

/// <summary>
/// The embedded Direct Line 3.0 under /v3/directline (what botframework-directlinejs and Web Chat call), and the
/// page's own endpoints: /api/directline/token (embedded token, or Azure's exchanged with the secret on the server) and
/// /api/directline/resume (a new token on the page's resume ticket, embedded only).
/// </summary>
public static class DirectLineApi
{
    public const string RatePolicy = "directline";

    /// <summary>
    /// Reads (polling, reconnecting) have their own, larger budget: DirectLineJS polls every second without WebSocket.
    /// Page loads (token, resume, new conversation) count on it too, per client address.
    /// </summary>
    public const string ReadPolicy = "directline-read";

    private const string Unavailable = "La conversation est momentanément indisponible : réessayez dans un instant. Vos réponses déjà enregistrées sont conservées.";

    /// <summary>The limits come from the bound and validated <see cref="DirectLineOptions"/>, read when the limiter is built.</summary>
    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limits, directLine) =>
        {
            var (posts, reads) = (directLine.Value.MaxPostsPer10Seconds, directLine.Value.MaxReadsPer10Seconds);
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "5";
                return ValueTask.CompletedTask;
            };
            // Per conversation for its traffic, per client address for page loads: a flood slows only its sender.
            limits.AddPolicy(RatePolicy, http => PerConversation(http, posts));
            limits.AddPolicy(ReadPolicy, http => PerConversation(http, reads));
        });
        return services;
    }

    private static RateLimitPartition<string> PerConversation(HttpContext http, int permits) => RateLimitPartition.GetFixedWindowLimiter(
        http.Request.RouteValues["conversationId"]?.ToString() ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromSeconds(10), QueueLimit = 0 });

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        // Page loads, counted per client address (no conversation yet): on the larger read budget, as a class behind one
        // address opens its pages together, and DirectLineJS gives up on a 429 at start.
        app.MapPost("/api/directline/token", PageTokenAsync).RequireRateLimiting(ReadPolicy);
        app.MapPost("/api/directline/resume", ResumeAsync).RequireRateLimiting(ReadPolicy).AnswerStoreUnavailable(Unavailable);

        var api = app.MapGroup("/v3/directline").AnswerStoreUnavailable(Unavailable);
        api.MapPost("/tokens/generate", (HttpRequest request, DirectLineService service, DirectLineTokens tokens) =>
        {
            if (!HasSecret(request, service))
                return Refused(403, "Secret Direct Line invalide.");
            var (conversationId, token) = service.NewConversation();
            return Results.Json(new { conversationId, token, expires_in = tokens.LifetimeSeconds });
        }).RequireRateLimiting(RatePolicy);
        api.MapPost("/tokens/refresh", (HttpRequest request, DirectLineTokens tokens, DirectLineService service) =>
            tokens.Read(Bearer(request)) is { } grant ? Results.Json(service.Refresh(grant.ConversationId)) : Refused(403, "Jeton expiré ou invalide.")).RequireRateLimiting(RatePolicy);
        api.MapPost("/conversations", async (HttpRequest request, DirectLineTokens tokens, DirectLineService service, CancellationToken cancellationToken) =>
        {
            var grant = tokens.Read(Bearer(request));
            if (grant is null)
            {
                if (!HasSecret(request, service))
                    return Refused(403, "Jeton expiré ou invalide.");
                grant = new DirectLineToken(service.NewConversation().ConversationId, DateTimeOffset.MaxValue);
            }

            return Results.Json(await service.StartAsync(grant.ConversationId, BaseUrl(request), cancellationToken), statusCode: StatusCodes.Status201Created);
        }).RequireRateLimiting(ReadPolicy);
        api.MapGet("/conversations/{conversationId}", async (string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineService service, CancellationToken cancellationToken) =>
            Authorize(tokens, request, conversationId) is { } refused ? refused
            : await service.ResumeAsync(conversationId, BaseUrl(request), watermark, cancellationToken) is { } resumed ? Results.Json(resumed)
            : Refused(404, "Conversation inconnue.")).RequireRateLimiting(ReadPolicy);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(RatePolicy)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MessagesApi.MaxActivityBytes));
        api.MapGet("/conversations/{conversationId}/activities", async (string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, DirectLineService service, CancellationToken cancellationToken) =>
            Authorize(tokens, request, conversationId) is { } refused ? refused
            : !await service.ExistsAsync(conversationId, cancellationToken) ? Refused(404, "Conversation inconnue.")
            : Results.Json(await service.ActivitiesAsync(conversationId, DirectLineIds.ParseWatermark(watermark), cancellationToken))).RequireRateLimiting(ReadPolicy);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync).RequireRateLimiting(ReadPolicy);
        return app;
    }

    private static async Task<IResult> PageTokenAsync(HttpRequest request, DirectLineService service, DirectLineTokens tokens, IHttpClientFactory http, CancellationToken cancellationToken)
    {
        var options = service.Options;
        if (options.IsEmbedded)
        {
            var (conversationId, token) = service.NewConversation();
            return PageSession(request, tokens, conversationId, token);
        }

        // Azure mode: the secret is exchanged here, on the server; the browser only ever sees a conversation token.
        using var exchange = new HttpRequestMessage(HttpMethod.Post, $"{options.AzureDomain}/tokens/generate");
        exchange.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Secret);
        using var response = await http.CreateClient("directline").SendAsync(exchange, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return Results.Problem(statusCode: 502, title: "Direct Line indisponible", detail: "Le service Direct Line d'Azure n'a pas délivré de jeton.");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return Results.Json(new
        {
            conversationId = body.RootElement.GetProperty("conversationId").GetString(),
            token = body.RootElement.GetProperty("token").GetString(),
            expires_in = body.RootElement.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 1800,
            domain = options.AzureDomain,
        });
    }

    /// <summary>The page's remembered conversation, back after its token expired: a new token on its resume ticket.</summary>
    private static async Task<IResult> ResumeAsync(HttpRequest request, DirectLineService service, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        if (!service.Options.IsEmbedded)
            return Refused(404, "La reprise par ticket n'existe qu'avec le Direct Line intégré.");
        if (tokens.ReadResume(Bearer(request)) is not { } grant)
            return Refused(403, "Ticket de reprise expiré ou invalide : cette conversation ne peut plus être reprise.");
        if (!await service.ExistsAsync(grant.ConversationId, cancellationToken))
            return Refused(404, "Conversation inconnue ou supprimée.");
        return PageSession(request, tokens, grant.ConversationId, tokens.Issue(grant.ConversationId));
    }

    private static IResult PageSession(HttpRequest request, DirectLineTokens tokens, string conversationId, string token) => Results.Json(new
    {
        conversationId,
        token,
        expires_in = tokens.LifetimeSeconds,
        domain = BaseUrl(request) + "/v3/directline",
        resume = tokens.IssueResume(conversationId),
        resume_days = tokens.ResumeDays, // what the page tells the candidate
    });

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, DirectLineService service, CancellationToken cancellationToken)
    {
        if (Authorize(tokens, request, conversationId) is { } refused)
            return refused;
        if (!await service.ExistsAsync(conversationId, cancellationToken))
            return Refused(404, "Conversation inconnue.");
        var (activity, invalid) = await ChannelAdapter.ReadActivityAsync(request, cancellationToken);
        if (activity is null)
            return invalid!.ToResult();
        var (id, status, problem) = await service.PostAsync(conversationId, activity, cancellationToken);
        return problem is null ? Results.Json(new { id })
            : status == StatusCodes.Status503ServiceUnavailable ? StoreUnavailableAnswer.Retry(request.HttpContext, problem, "Activité non traitée")
            : Results.Problem(statusCode: status, title: "Activité non traitée", detail: problem);
    }

    private static async Task StreamAsync(string conversationId, string? t, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineService service, CancellationToken cancellationToken)
    {
        var grant = tokens.Read(t ?? Bearer(http.Request));
        if (grant is null || grant.ConversationId != conversationId)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        if (!http.WebSockets.IsWebSocketRequest || !await service.ExistsAsync(conversationId, cancellationToken))
        {
            http.Response.StatusCode = http.WebSockets.IsWebSocketRequest ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await service.StreamAsync(socket, conversationId, DirectLineIds.ParseWatermark(watermark), cancellationToken);
    }

    /// <summary>403 unless the bearer token is valid and bound to this conversation (DirectLineJS reads 403 as an expired token).</summary>
    private static IResult? Authorize(DirectLineTokens tokens, HttpRequest request, string conversationId) =>
        tokens.Read(Bearer(request)) is { } grant && grant.ConversationId == conversationId ? null : Refused(403, "Jeton expiré, invalide ou d'une autre conversation.");

    /// <summary>The bearer is the Direct Line secret; compared in constant time, so response times do not reveal it byte by byte.</summary>
    private static bool HasSecret(HttpRequest request, DirectLineService service) =>
        !string.IsNullOrEmpty(service.Options.Secret) && Bearer(request) is { } bearer
        && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(service.Options.Secret));

    private static IResult Refused(int status, string detail) => Results.Problem(statusCode: status, title: status == 404 ? "Introuvable" : "Accès refusé", detail: detail);

    private static string? Bearer(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}" + (request.Path.StartsWithSegments("/v3/directline") ? "/v3/directline" : "");
}
