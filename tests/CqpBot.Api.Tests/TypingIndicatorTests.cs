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

    /// <summary>
    /// The real bot, late when told "lent" (a store retry or a cold start would look the same): it answers once the
    /// channel has shown the indicator, or after 10 s, so a loaded machine's late timer cannot change what is tested.
    /// </summary>
    private sealed class SlowBot(IBot inner, LocalChannelService channel) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            if (turn.Activity.Text == "lent")
            {
                var giveUp = DateTime.UtcNow + TimeSpan.FromSeconds(10);
                while (!channel.Received.Any(r => (string?)r.Activity["type"] == "typing") && DateTime.UtcNow < giveUp)
                    await Task.Delay(20, cancellationToken);
            }

            await inner.OnTurnAsync(turn, cancellationToken);
        }
    }

    [Fact]
    public async Task A_slow_turn_sends_typing_before_its_reply_and_nothing_after()
    {
        await using var app = new CqpBotApplication(channel.BotSettings(), services =>
            services.AddSingleton<IBot>(sp => new SlowBot(ActivatorUtilities.CreateInstance<InterviewBot>(sp), channel)));
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
        await Task.Delay(TypingIndicator.Period + TimeSpan.FromMilliseconds(500));
        Assert.Equal(countAtEnd, channel.Received.Count);
    }

    /// <summary>
    /// A connector that records what it delivered, in order; it takes indicators at once, or holds them until
    /// <see cref="Hold"/> is set, or refuses them, as a store that cannot be reached would.
    /// </summary>
    private sealed class RecordingConnector(bool holdIndicators = false, bool refuseIndicators = false) : IConnectorClient
    {
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Delivered = new();
        public readonly TaskCompletionSource IndicatorOnItsWay = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly TaskCompletionSource Hold = Held(holdIndicators);

        private static TaskCompletionSource Held(bool hold)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!hold)
                gate.SetResult();
            return gate;
        }

        public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            if (activity.Type == ActivityTypes.Typing)
            {
                if (refuseIndicators)
                    throw new InvalidOperationException("refused");
                IndicatorOnItsWay.TrySetResult();
                await Hold.Task.WaitAsync(cancellationToken);
            }

            Delivered.Enqueue(activity.Type!);
            return new ResourceResponse("1");
        }
    }

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>A slow turn's indicator on <paramref name="connector"/>; any failure fails the test unless collected.</summary>
    private static TypingIndicator Start(RecordingConnector connector, StoppedClock clock, Action<Exception>? onFailure = null) =>
        new(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "a1",
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "c1" },
            From = new ChannelAccount { Id = "u1" },
            Recipient = new ChannelAccount { Id = "bot" },
            ServiceUrl = "http://127.0.0.1:1/",
        }, connector, onFailure ?? (e => throw e), clock, CancellationToken.None);

    /// <summary>The turn's answer, as the bot sends it.</summary>
    private static Task<ResourceResponse> Answer(TypingIndicator typing) =>
        typing.SendAsync(new Activity { Type = ActivityTypes.Message, Text = "Bonjour" }, CancellationToken.None);

    /// <summary>The turn ends (within <see cref="Bound"/>, or the test fails).</summary>
    private static Task End(TypingIndicator typing) => typing.DisposeAsync().AsTask().WaitAsync(Bound);

    [Fact]
    public async Task A_reply_waits_for_an_indicator_already_on_its_way_so_the_channel_never_shows_typing_after_the_answer()
    {
        var (connector, clock) = (new RecordingConnector(holdIndicators: true), new StoppedClock());
        var typing = Start(connector, clock);
        clock.FireAll(); // the turn is slow: the indicator leaves
        await connector.IndicatorOnItsWay.Task.WaitAsync(Bound);

        var reply = Answer(typing);
        await Task.Delay(200);
        Assert.False(reply.IsCompleted);
        connector.Hold.SetResult();
        await reply.WaitAsync(Bound);
        await End(typing);

        Assert.Equal(["typing", "message"], connector.Delivered);
    }

    [Fact]
    public async Task No_indicator_follows_the_first_reply_even_while_the_turn_goes_on()
    {
        var (connector, clock) = (new RecordingConnector(), new StoppedClock());
        var typing = Start(connector, clock);

        await Answer(typing).WaitAsync(Bound);
        clock.FireAll(); // the turn goes on past the indicator's delay, then past its period
        await Task.Delay(100);
        clock.FireAll();
        await End(typing);

        Assert.Equal(["message"], connector.Delivered);
    }

    [Fact]
    public async Task A_fast_turn_shows_no_indicator()
    {
        var (connector, clock) = (new RecordingConnector(), new StoppedClock());
        var typing = Start(connector, clock);
        await Answer(typing).WaitAsync(Bound);
        await End(typing);
        clock.FireAll(); // the delay would end now: the turn has already ended

        await Task.Delay(100);
        Assert.Equal(["message"], connector.Delivered);
        Assert.False(connector.IndicatorOnItsWay.Task.IsCompleted);
    }

    [Fact]
    public async Task A_reply_between_two_indicators_ends_them()
    {
        var (connector, clock) = (new RecordingConnector(), new StoppedClock());
        var typing = Start(connector, clock);
        clock.FireAll(); // slow: the first indicator leaves, then the loop waits for the next period
        await Until(() => connector.Delivered.Count == 1);

        await Answer(typing).WaitAsync(Bound);
        clock.FireAll(); // the period would end now
        await Task.Delay(100);
        await End(typing);

        Assert.Equal(["typing", "message"], connector.Delivered);
    }

    [Fact]
    public async Task An_indicator_the_channel_refuses_is_logged_and_the_turn_still_answers()
    {
        var (connector, clock) = (new RecordingConnector(refuseIndicators: true), new StoppedClock());
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var typing = Start(connector, clock, failures.Enqueue);
        clock.FireAll();
        await Until(() => failures.Count == 1);

        await Answer(typing).WaitAsync(Bound);
        await End(typing);

        Assert.IsType<InvalidOperationException>(Assert.Single(failures));
        Assert.Equal(["message"], connector.Delivered);
    }

    [Fact]
    public async Task An_indicator_the_channel_never_answers_holds_the_reply_one_period_at_most()
    {
        var (connector, clock) = (new RecordingConnector(holdIndicators: true), new StoppedClock());
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var typing = Start(connector, clock, failures.Enqueue);
        clock.FireAll();
        await connector.IndicatorOnItsWay.Task.WaitAsync(Bound); // and it hangs: Hold is never set

        var reply = Answer(typing);
        await Task.Delay(100);
        Assert.False(reply.IsCompleted);
        clock.FireAll(); // one period later
        await reply.WaitAsync(Bound);
        await End(typing);

        Assert.Equal(["message"], connector.Delivered);
        Assert.IsType<TimeoutException>(Assert.Single(failures));
    }

    private static async Task Until(Func<bool> done)
    {
        var giveUp = DateTime.UtcNow + Bound;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < giveUp, "not within 10 s");
            await Task.Delay(10);
        }
    }
}
