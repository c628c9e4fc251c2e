using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Abuse.Tests.Auth;

/// <summary>
/// Embedded Direct Line tokens beyond DirectLineTests (another conversation's token, garbage): expired ones, ones
/// re-pointed at another conversation, ones signed by another deployment's key. All are 403, and nothing is written.
/// </summary>
public class DirectLineTokenTests
{
    [Fact]
    public async Task An_expired_token_can_neither_read_post_nor_be_refreshed()
    {
        var clock = new ShiftedClock();
        await using var root = new CqpBotApplication();
        var app = root.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var session = await DirectLineSession.StartAsync(app.CreateClient());
        await session.PostAsync(new { type = "message", text = "bonjour", from = new { id = "u" } });

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
