using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Abuse.Tests.Auth;

/// <summary>
/// Embedded Direct Line tokens beyond DirectLineTests (another conversation's token, garbage): expired ones, ones
/// re-pointed at another conversation, ones signed by another deployment's key. All are 403, and nothing is written.
/// The page's resume ticket outlives its token but only gets its own conversation a new token.
/// </summary>
public class DirectLineTokenTests
{
    /// <summary>
    /// A page's conversation, with one message, on the app telling the time of <paramref name="clock"/>: its tokens
    /// and tickets age without the test waiting.
    /// </summary>
    private static async Task<DirectLineSession> BonjourSentAsync(CqpBotApplication app, ShiftedClock clock)
    {
        var onClock = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var session = await DirectLineSession.StartAsync(onClock.CreateClient());
        await session.PostAsync(new { type = "message", text = "bonjour", from = new { id = "u" } });
        return session;
    }

    [Fact]
    public async Task An_expired_token_can_neither_read_post_nor_be_refreshed()
    {
        var clock = new ShiftedClock();
        await using var app = new CqpBotApplication();
        var session = await BonjourSentAsync(app, clock);

        clock.Offset = TimeSpan.FromSeconds(1801); // the default lifetime is 1 800 s

        using var read = await session.SendAsync(HttpMethod.Get, session.ActivitiesPath);
        using var post = await session.SendAsync(HttpMethod.Post, session.ActivitiesPath, new { type = "message", text = "trop tard", from = new { id = "u" } });
        using var refresh = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        clock.Offset = TimeSpan.Zero;
        Assert.DoesNotContain("trop tard", await session.TranscriptAsync());
    }

    [Fact]
    public async Task A_page_back_after_its_token_expired_resumes_its_conversation_and_each_visit_renews_the_ticket()
    {
        var clock = new ShiftedClock();
        await using var app = new CqpBotApplication();
        var session = await BonjourSentAsync(app, clock);

        clock.Offset = TimeSpan.FromDays(6); // the token is long expired; the ticket lasts 7 days
        using var expired = await session.SendAsync(HttpMethod.Get, session.ActivitiesPath);
        var visit = await ResumeAsync(session, session.Resume);
        using var read = await session.SendAsync(HttpMethod.Get, session.ActivitiesPath, token: (string)visit["token"]!);
        clock.Offset = TimeSpan.FromDays(12); // past the first ticket's 7 days, within the renewed one's
        using var firstTicketAgain = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: session.Resume);
        var nextVisit = await ResumeAsync(session, (string)visit["resume"]!);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(session.ConversationId, (string?)visit["conversationId"]);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("bonjour", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, firstTicketAgain.StatusCode);
        Assert.Equal(session.ConversationId, (string?)nextVisit["conversationId"]);
    }

    private static async Task<JsonNode> ResumeAsync(DirectLineSession session, string? ticket)
    {
        using var resumed = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: ticket);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        return JsonNode.Parse(await resumed.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task A_resume_ticket_reads_and_posts_nothing_and_an_expired_forged_or_token_used_as_ticket_is_refused()
    {
        var clock = new ShiftedClock();
        await using var app = new CqpBotApplication();
        var session = await BonjourSentAsync(app, clock);
        var parts = session.Resume!.Split('.');
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(new byte[32])}";

        using var readWithTicket = await session.SendAsync(HttpMethod.Get, session.ActivitiesPath, token: session.Resume);
        using var postWithTicket = await session.SendAsync(HttpMethod.Post, session.ActivitiesPath, new { type = "message", text = "par le ticket", from = new { id = "u" } }, token: session.Resume);
        using var refreshWithTicket = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token: session.Resume);
        using var tokenAsTicket = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: session.Token);
        using var forgedTicket = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: forged);
        clock.Offset = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1);
        using var expiredTicket = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: session.Resume);

        Assert.All(new[] { readWithTicket, postWithTicket, refreshWithTicket, tokenAsTicket, forgedTicket, expiredTicket }, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        clock.Offset = TimeSpan.Zero;
        Assert.DoesNotContain("par le ticket", await session.TranscriptAsync());
    }

    [Fact]
    public async Task A_resume_ticket_of_a_conversation_that_no_longer_exists_gets_404_so_the_page_starts_a_new_one()
    {
        await using var app = new CqpBotApplication();
        var session = await DirectLineSession.StartAsync(app.CreateClient());
        var store = app.Services.GetRequiredService<CqpBot.Storage.IDirectLineStore>();
        await store.DeleteConversationAsync(session.ConversationId);

        using var resumed = await session.SendAsync(HttpMethod.Post, "/api/directline/resume", token: session.Resume);

        Assert.Equal(HttpStatusCode.NotFound, resumed.StatusCode);
    }

    [Fact]
    public async Task A_token_whose_conversation_was_rewritten_keeps_nothing_of_its_signature()
    {
        await using var app = new CqpBotApplication();
        var http = app.CreateClient();
        var alice = await DirectLineSession.StartAsync(http);
        var mallory = await DirectLineSession.StartAsync(http);
        var parts = mallory.Token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[0])).Replace(mallory.ConversationId, alice.ConversationId, StringComparison.Ordinal);
        var forged = $"{Base64UrlEncoder.Encode(payload)}.{parts[1]}";

        using var read = await mallory.SendAsync(HttpMethod.Get, alice.ActivitiesPath, token: forged);
        using var stream = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/stream", token: forged);
        using var streamWithOwnToken = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/stream");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stream.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, streamWithOwnToken.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_deployment_is_refused()
    {
        await using var ours = new CqpBotApplication(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "our deployment's key" });
        await using var theirs = new CqpBotApplication(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = "another deployment's key" });
        var session = await DirectLineSession.StartAsync(ours.CreateClient());
        var foreign = await DirectLineSession.StartAsync(theirs.CreateClient());

        // Its own conversation id, so only the signature can refuse it (a valid grant would reach the 404 "unknown").
        using var read = await session.SendAsync(HttpMethod.Get, foreign.ActivitiesPath, token: foreign.Token);
        using var refresh = await session.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token: foreign.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }
}
