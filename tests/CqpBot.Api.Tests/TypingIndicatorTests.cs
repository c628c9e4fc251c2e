using System.Net;
using System.Net.Http.Json;
using CqpBot.Bot;
using CqpBot.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>A turn that takes time shows the typing indicator through the connector, and stops showing it once answered.</summary>
public class TypingIndicatorTests : IAsyncLifetime
{
    private LocalChannelService channel = null!;

    public async Task InitializeAsync() => channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await channel.DisposeAsync();

    /// <summary>The real bot, one second late when told "lent" (a store retry or a cold start would look the same).</summary>
    private sealed class SlowBot(IBot inner) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (turn.Activity.Text == "lent")
                await Task.Delay(TimeSpan.FromSeconds(1.2), cancellationToken);
            await inner.OnTurnAsync(turn, cancellationToken);
        }
    }

    [Fact]
    public async Task A_slow_turn_sends_typing_before_its_reply_and_nothing_after()
    {
        await using var app = new CqpBotApplication(channel.BotSettings(), services =>
            services.AddSingleton<IBot>(sp => new SlowBot(ActivatorUtilities.CreateInstance<InterviewBot>(sp))));
        var bot = app.Conversation("test");
        var activity = bot.NewActivity();
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = channel.BaseUrl;
        activity["text"] = "lent";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new("Bearer", channel.Token(channel.BaseUrl));

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = channel.Received.Select(r => (string?)r.Activity["type"]).ToList();
        Assert.Equal("typing", types[0]);
        Assert.Contains("message", types);
        var countAtEnd = channel.Received.Count;
        await Task.Delay(ChannelAdapter.TypingPeriod + TimeSpan.FromMilliseconds(500));
        Assert.Equal(countAtEnd, channel.Received.Count);
    }
}
