using CqpBot.Storage;

namespace CqpBot.Endpoints;

/// <summary>GET /healthz: 200 when the store answers, 503 when it does not (load balancers take the instance out).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (IInterviewStore store, CancellationToken cancellationToken) =>
        {
            var storeUp = await store.PingAsync(cancellationToken);
            return storeUp
                ? Results.Ok(new { status = "ok", store = "ok" })
                : Results.Json(new { status = "degraded", store = "unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
