using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>
/// A whole interview the way Azure Bot Service delivers it: every activity signed by the channel, every reply posted
/// back to the serviceUrl (the local connector) with the bot's own bearer token, nothing inline.
/// </summary>
public class ConnectorInterviewTests : IAsyncLifetime
{
    private static readonly string[] Turns = File.ReadAllLines(Path.Combine(Repository.Root, "bench", "turns-accueil.txt")).Where(l => l.Length > 0).ToArray();

    private LocalChannelService channel = null!;

    public async Task InitializeAsync() => channel = await LocalChannelService.StartAsync();

    public async Task DisposeAsync() => await channel.DisposeAsync();

    [Fact]
    public async Task A_whole_interview_through_the_connector_ends_on_the_orientation_with_every_reply_authenticated()
    {
        await using var app = new CqpBotApplication(channel.BotSettings());
        var bot = app.Conversation("test");
        var http = app.CreateClient();
        var replies = new List<JsonObject>();

        foreach (var line in Turns[..^1]) // the last line starts the next interview
        {
            var activity = bot.NewActivity();
            activity.Remove("deliveryMode");
            activity["serviceUrl"] = channel.BaseUrl;
            activity["text"] = line;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
            request.Headers.Authorization = new("Bearer", channel.Token(channel.BaseUrl));
            var before = channel.Received.Count;

            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync()).Length); // nothing inline
            var sent = channel.Received.Skip(before).ToList();
            Assert.NotEmpty(sent);
            Assert.All(sent, r => Assert.Equal("Bearer " + LocalChannelService.ConnectorToken, r.Authorization));
            Assert.All(sent, r => Assert.StartsWith($"/v3/conversations/{bot.ConversationId}/activities", r.Path, StringComparison.Ordinal));
            replies.AddRange(sent.Select(r => r.Activity));
        }

        var last = BotConversation.Plain(replies.Last(r => (string?)r["type"] == "message"));
        Assert.Contains("Votre pré-orientation", last);
        Assert.Contains("Terminé", last);
        Assert.DoesNotContain(replies, r => BotConversation.Plain(r).Contains("Je n'ai pas compris", StringComparison.Ordinal));
    }
}
