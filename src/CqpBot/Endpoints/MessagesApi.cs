using CqpBot.Channel;

namespace CqpBot.Endpoints;

/// <summary>POST /api/messages: where Azure Bot Service, Teams, the Emulator and the embedded Direct Line deliver activities.</summary>
public static class MessagesApi
{
    public const long MaxActivityBytes = ChannelAdapter.MaxActivityBytes;

    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpRequest request, ChannelAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
                adapter.ProcessAsync(request, bot, cancellationToken))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxActivityBytes))
            .WithName("Messages");
        return app;
    }
}
