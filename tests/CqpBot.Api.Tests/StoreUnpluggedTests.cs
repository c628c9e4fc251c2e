using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using CqpBot.Channel.DirectLine;
using CqpBot.Records;
using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>
/// What each kind of user gets while the store is unreachable, in process (the fault tests stop a real PostgreSQL,
/// or cut it off, under load): a retry message or a 503 in French with Retry-After, never an empty 500; and once it is back, the
/// interview goes on as if the failed request had never been sent.
/// </summary>
public class StoreUnpluggedTests
{
    private const string TurnRetry = "L'enregistrement est momentanément indisponible : votre dernière réponse n'a pas été prise en compte. Merci de la renvoyer dans un instant.";
    private const string WebChatRetry = "La conversation est momentanément indisponible : réessayez dans un instant. Vos réponses déjà enregistrées sont conservées.";
    private const string RecordsRetry = "Les comptes rendus ne peuvent pas être lus pour l'instant. Réessayez dans quelques instants.";

    private static CqpBotApplication App() => new(services: UnpluggableStore.Install);

    private static UnpluggableStore Plug(CqpBotApplication app) => app.Services.GetRequiredService<UnpluggableStore>();

    private static readonly object Join = new { type = "event", name = "webchat/join", value = new { mode = "auto" }, from = new { id = "web-chat-candidate" } };

    private static Task<HttpResponseMessage> PostAsync(DirectLineSession webChat, object activity) => webChat.SendAsync(HttpMethod.Post, webChat.ActivitiesPath, activity);

    private static async Task AssertRetryLaterAsync(HttpResponseMessage response, string detail)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
    }

    [Fact]
    public async Task A_turn_sent_while_the_store_is_down_gets_the_retry_message_and_once_resent_the_interview_goes_on_unchanged()
    {
        await using var app = App();
        var reference = await app.Conversation("webchat").ChooseCqp("Téléconseiller(ère)");
        var bot = await app.Conversation("webchat").ChooseCqp("Téléconseiller(ère)");
        await reference.Say("Continuer");

        Plug(app).Unplugged = true;
        await bot.Say("Continuer");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, bot.LastStatus);
        Assert.Equal(TurnRetry, bot.Text);

        Plug(app).Unplugged = false;
        await bot.Say("Continuer");
        Assert.Equal(HttpStatusCode.OK, bot.LastStatus);
        Assert.Equal(reference.Text, bot.Text);
    }

    [Fact]
    public async Task Healthz_answers_503_while_the_store_is_down_and_200_once_it_is_back()
    {
        await using var app = App();
        var http = app.CreateClient();

        Plug(app).Unplugged = true;
        using var down = await http.GetAsync("/healthz");
        Plug(app).Unplugged = false;
        using var up = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    [Fact]
    public async Task A_record_download_or_export_while_the_store_is_down_answers_503_in_french_with_retry_after_and_no_file()
    {
        await using var app = new CqpBotApplication(new Dictionary<string, string?> { ["Documents:PdfSharpLicense"] = "AGPL" }, UnpluggableStore.Install);
        var (bot, links) = await RecordsTests.FinishedInterview(app);
        var export = app.Services.GetRequiredService<SignedRecordLinks>().ExportUrl(new RecordQuery(bot.UserId, null, null));
        var paths = links.Append(export).Select(l => new Uri(l).PathAndQuery).ToList();
        Assert.Equal(4, paths.Count); // PDF, Word, JSON and the export

        Plug(app).Unplugged = true;
        foreach (var path in paths)
        {
            using var response = await bot.Http.GetAsync(path);
            await AssertRetryLaterAsync(response, RecordsRetry);
        }

        Plug(app).Unplugged = false;
        foreach (var path in paths)
        {
            using var response = await bot.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotNull(response.Content.Headers.ContentDisposition);
        }
    }

    [Fact]
    public async Task The_web_chat_is_told_in_french_to_retry_while_the_store_is_down_and_its_message_goes_through_once_resent()
    {
        await using var app = App();
        var server = app.StartOnKestrel();
        var webChat = await DirectLineSession.StartAsync(new HttpClient { BaseAddress = server });

        Plug(app).Unplugged = true;
        using (var post = await PostAsync(webChat, Join))
            await AssertRetryLaterAsync(post, WebChatRetry);
        using (var read = await webChat.SendAsync(HttpMethod.Get, webChat.ActivitiesPath))
            await AssertRetryLaterAsync(read, WebChatRetry);
        using (var resume = await webChat.SendAsync(HttpMethod.Post, "/api/directline/resume", token: webChat.Resume))
            await AssertRetryLaterAsync(resume, WebChatRetry);
        using var stream = DirectLineStream.Client();
        await Assert.ThrowsAsync<WebSocketException>(() => stream.ConnectAsync(DirectLineStream.Url(server, webChat), CancellationToken.None));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stream.HttpStatusCode); // refused before the upgrade, not an open socket that dies

        Plug(app).Unplugged = false;
        using (var post = await PostAsync(webChat, Join))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Vos données", await webChat.TranscriptAsync());
    }

    [Fact]
    public async Task A_web_chat_stream_open_when_the_store_goes_down_is_closed_with_try_again_later()
    {
        await using var app = App();
        var server = app.StartOnKestrel();
        var webChat = await DirectLineSession.StartAsync(new HttpClient { BaseAddress = server });
        using var socket = await DirectLineStream.OpenAsync(server, webChat);

        Plug(app).Unplugged = true;
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var (status, reason) = await DirectLineStream.ReadUntilClosedAsync(socket, bounded.Token);

        Assert.Equal(DirectLineService.TryAgainLater, status);
        Assert.Equal("Conversation momentanément indisponible : réessayez.", reason);
        Assert.Equal(WebSocketState.Closed, socket.State); // the close handshake completed, no abnormal closure
    }

    [Fact]
    public async Task A_web_chat_reconnecting_while_the_store_is_down_gets_a_stream_url_refused_until_the_store_is_back_then_streaming_from_its_watermark()
    {
        // DirectLineJS gives up after 45 refused reconnects (~15 minutes) and its page then stays silent; a reconnect it
        // is granted sends it on to the stream, which it retries every 3 to 15 s for as long as the outage lasts.
        await using var app = App();
        var server = app.StartOnKestrel();
        var webChat = await DirectLineSession.StartAsync(new HttpClient { BaseAddress = server });
        using (var post = await PostAsync(webChat, Join))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var welcome = await ReadActivitiesAsync(webChat);
        var watermark = (string)welcome["watermark"]!;
        var welcomeIds = welcome["activities"]!.AsArray().Select(a => (string)a!["id"]!).ToHashSet();

        Plug(app).Unplugged = true;
        Uri streamUrl;
        using (var reconnect = await webChat.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{webChat.ConversationId}?watermark={watermark}"))
        {
            Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
            var described = JsonNode.Parse(await reconnect.Content.ReadAsStringAsync())!;
            Assert.Equal(webChat.ConversationId, (string?)described["conversationId"]);
            streamUrl = new Uri((string)described["streamUrl"]!);
        }

        using (var refused = DirectLineStream.Client())
        {
            await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(streamUrl, CancellationToken.None));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.HttpStatusCode);
        }

        Plug(app).Unplugged = false;
        using (var post = await PostAsync(webChat, new { type = "message", text = "aide", from = new { id = "web-chat-candidate" } }))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stream = DirectLineStream.Client();
        await stream.ConnectAsync(streamUrl, bounded.Token);
        var (_, read) = await DirectLineStream.ReadUntilAsync(stream, "aide", bounded.Token);
        Assert.Contains(read, a => (string?)a["from"]?["role"] == "user");
        Assert.DoesNotContain(read, a => welcomeIds.Contains((string)a["id"]!)); // only what came after the watermark
    }

    [Fact]
    public async Task A_reconnect_to_a_conversation_that_does_not_exist_is_refused_with_404()
    {
        await using var app = App();
        var server = app.StartOnKestrel();
        var webChat = await DirectLineSession.StartAsync(new HttpClient { BaseAddress = server });
        var tokens = app.Services.GetRequiredService<DirectLineTokens>();

        using var unknown = await webChat.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123456789abcdef0123456789abcdef", token: tokens.Issue("0123456789abcdef0123456789abcdef"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonNode> ReadActivitiesAsync(DirectLineSession webChat)
    {
        using var read = await webChat.SendAsync(HttpMethod.Get, webChat.ActivitiesPath);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_web_chat_stream_pushes_the_welcome_and_a_stream_resumed_at_its_watermark_gets_only_what_came_after()
    {
        await using var app = App();
        var server = app.StartOnKestrel();
        var webChat = await DirectLineSession.StartAsync(new HttpClient { BaseAddress = server });
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var first = await DirectLineStream.OpenAsync(server, webChat);

        using (var post = await PostAsync(webChat, Join))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var welcome = await DirectLineStream.ReadUntilAsync(first, "Vos données", bounded.Token);
        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "", bounded.Token); // waits for the server's Close
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);

        using (var post = await PostAsync(webChat, new { type = "message", text = "aide", from = new { id = "web-chat-candidate" } }))
            Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        using var resumed = await DirectLineStream.OpenAsync(server, webChat, welcome.Watermark);
        var after = await DirectLineStream.ReadUntilAsync(resumed, "aide", bounded.Token);

        Assert.True(long.Parse(after.Watermark) > long.Parse(welcome.Watermark));
        var before = welcome.Read.Select(a => (string)a["id"]!).ToHashSet();
        Assert.Contains(after.Read, a => (string?)a["from"]?["role"] == "user");
        Assert.DoesNotContain(after.Read, a => before.Contains((string)a["id"]!)); // nothing up to the watermark again
    }
}
