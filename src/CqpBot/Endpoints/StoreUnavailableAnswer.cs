using CqpBot.Storage;

namespace CqpBot.Endpoints;

/// <summary>
/// A request the store cannot serve answers 503, a French message and Retry-After, not an empty 500: Web Chat then
/// offers to send again, and a load balancer may try another instance. (Turns on /api/messages never get here: the bot
/// answers them itself with its retry message.)
/// </summary>
public static partial class StoreUnavailableAnswer
{
    public const string Title = "Service momentanément indisponible";

    public static TBuilder AnswerStoreUnavailable<TBuilder>(this TBuilder endpoints, string detail) where TBuilder : IEndpointConventionBuilder =>
        endpoints.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (StoreUnavailableException)
            {
                var http = context.HttpContext;
                // The route's pattern, not its path: a conversation id may identify a person.
                Answered(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreUnavailableAnswer)),
                    (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "?");
                http.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Title, detail: detail);
            }
        });

    [LoggerMessage(EventId = 1400, Level = LogLevel.Warning, Message = "Store unavailable: {Route} answered 503")]
    private static partial void Answered(ILogger logger, string route);
}
