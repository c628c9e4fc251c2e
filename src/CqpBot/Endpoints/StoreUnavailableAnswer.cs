using CqpBot.Storage;

namespace CqpBot.Endpoints;

/// <summary>
/// A request the store cannot serve answers 503 with <c>Retry-After</c> and a French problem detail, not an empty 500:
/// load balancers and API clients know to retry, and the detail says so in the users' words. (Web Chat shows its own
/// "send again"; turns on /api/messages never get here: the bot answers them itself with its retry message.)
/// </summary>
public static partial class StoreUnavailableAnswer
{
    private const string Title = "Service momentanément indisponible";

    public static TBuilder AnswerStoreUnavailable<TBuilder>(this TBuilder endpoints, string detail) where TBuilder : IEndpointConventionBuilder =>
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            try
            {
                return await next(context);
            }
            catch (StoreUnavailableException) when (!http.Response.HasStarted)
            {
                // The route's pattern, not its path: a conversation id may identify a person.
                Answered(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreUnavailableAnswer)),
                    (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "?");
                return Retry(http, detail);
            }
        });

    /// <summary>The 503 itself, also for a turn the store could not apply.</summary>
    public static IResult Retry(HttpContext http, string detail, string title = Title)
    {
        // Headers a handler set for its normal answer (a download's file name) do not belong to this one.
        http.Response.Headers.ContentDisposition = default;
        http.Response.Headers.RetryAfter = "5";
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title, detail: detail);
    }

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Store unavailable: {Route} answered 503")]
    private static partial void Answered(ILogger logger, string route);
}
