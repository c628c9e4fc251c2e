using System.Net;
using System.Text.Json.Nodes;
using CqpBot.Api.Tests.Cards;
using CqpBot.Records;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>The written record over HTTP: signed, short-lived download links, checked on every download; who sees which records.</summary>
public class RecordsTests
{
    private static readonly Dictionary<string, string?> WithPdf = new() { ["Documents:PdfSharpLicense"] = "AGPL" };

    internal static async Task<(BotConversation Bot, List<string> Links)> FinishedInterview(CqpBotApplication app)
    {
        var bot = app.Conversation("webchat");
        await bot.Join("auto");
        var autopilot = new CardAutopilot(bot, ["J'accepte", "Continuer", "Chargé(e) d'accueil et de relation clients/adhérents", "Tout le CQP", "Terminer"]);
        await autopilot.RunAsync();
        // One link per document, the latest card's: two cards signed on either side of a second boundary carry
        // different expiries, hence different URLs for the same document.
        var links = autopilot.Cards.SelectMany(c => BotConversation.Walk(c)).OfType<JsonObject>()
            .Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string)o["url"]!)
            .GroupBy(url => new Uri(url).AbsolutePath).Select(document => document.Last()).ToList();
        return (bot, links);
    }

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    [Fact]
    public async Task The_conclusion_offers_pdf_word_and_json_downloads_that_open_as_those_documents()
    {
        await using var app = new CqpBotApplication(WithPdf);
        var (bot, links) = await FinishedInterview(app);

        Assert.Equal(3, links.Count);
        foreach (var (extension, contentType) in new[] { (".pdf", "application/pdf"), (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), (".json", "application/json") })
        {
            using var response = await bot.Http.GetAsync(PathOf(links.Single(l => new Uri(l).AbsolutePath.EndsWith(extension, StringComparison.Ordinal))));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith(contentType, response.Content.Headers.ContentType!.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
            Assert.EndsWith(extension, response.Content.Headers.ContentDisposition.FileNameStar);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length > 500, $"{extension}: {body.Length} bytes");
            if (extension == ".pdf")
                Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(body, 0, 4));
            if (extension == ".docx")
                Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(body, 0, 2));
            if (extension == ".json")
                Assert.Equal("termine", (string?)JsonNode.Parse(body)!["status"]);
        }
    }

    [Fact]
    public async Task A_tampered_expired_or_transposed_link_is_refused_with_403()
    {
        await using var app = new CqpBotApplication(WithPdf);
        var (bot, links) = await FinishedInterview(app);
        var json = new Uri(links.Single(l => new Uri(l).AbsolutePath.EndsWith(".json", StringComparison.Ordinal)));
        var interviewId = Path.GetFileNameWithoutExtension(json.AbsolutePath);
        var signing = app.Services.GetRequiredService<SignedRecordLinks>();

        var tampered = json.PathAndQuery[..^2] + (json.PathAndQuery.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA");
        var expired = PathOf(signing.Url(interviewId, "json", DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeSeconds()));
        var otherFormat = json.PathAndQuery.Replace(".json?", ".docx?", StringComparison.Ordinal);
        var otherInterview = json.PathAndQuery.Replace(interviewId, "0123456789abcdef0123456789abcdef", StringComparison.Ordinal);

        foreach (var path in new[] { tampered, expired, otherFormat, otherInterview, json.AbsolutePath })
        {
            using var response = await bot.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("n'est pas valide ou a expiré", await response.Content.ReadAsStringAsync());
        }

        using var fine = await bot.Http.GetAsync(json.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task An_interviewer_lists_their_organisations_records_and_another_organisation_sees_none()
    {
        await using var app = new CqpBotApplication(WithPdf);
        var alice = await Interviewer(app, "alice", "tenant-a");
        await Start(alice);
        var bob = await Interviewer(app, "bob", "tenant-a");
        var eve = await Interviewer(app, "eve", "tenant-b");
        await Start(eve);

        await Say(bob, "comptes rendus");
        Assert.Contains("Comptes rendus** (1", bob.Text);
        var csv = bob.Replies.Select(r => (string?)r["text"]).OfType<string>()
            .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\((http[^)]+export\.csv[^)]+)\)").Select(m => m.Groups[1].Value)).Single();
        using var response = await bob.Http.GetAsync(PathOf(csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(2, System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // header + alice's interview

        // The same link cannot be widened to the other organisation.
        using var widened = await bob.Http.GetAsync(PathOf(csv).Replace("tenant=tenant-a", "tenant=tenant-b", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, widened.StatusCode);

        await Say(eve, "mes entretiens");
        Assert.Contains("Comptes rendus** (1", eve.Text);
        var outsider = await Interviewer(app, "mallory", "tenant-c");
        await Say(outsider, "comptes rendus");
        Assert.Contains("Aucun compte rendu", outsider.Text);
    }

    [Fact]
    public async Task A_web_candidate_sees_only_their_own_records()
    {
        await using var app = new CqpBotApplication(WithPdf);
        var first = app.Conversation("webchat");
        await first.Join("auto");
        var second = app.Conversation("webchat");
        await second.Join("auto");

        await second.Say("mes entretiens");

        Assert.Contains("Comptes rendus** (1", second.Text);
        var store = app.Services.GetRequiredService<CqpBot.Storage.IInterviewStore>();
        var firstInterview = Assert.Single(await store.ListAsync(new CqpBot.Storage.RecordQuery(first.UserId, null, null))).InterviewId;
        var secondInterview = Assert.Single(await store.ListAsync(new CqpBot.Storage.RecordQuery(second.UserId, null, null))).InterviewId;
        Assert.Contains(secondInterview, second.Text); // the links name the interview
        Assert.DoesNotContain(firstInterview, second.Text);
    }

    private readonly Dictionary<BotConversation, string> tenants = [];

    private Task<BotConversation> Interviewer(CqpBotApplication app, string name, string tenant)
    {
        var bot = app.Conversation("msteams", name);
        tenants[bot] = tenant;
        return Task.FromResult(bot);
    }

    private Task Start(BotConversation bot) => Say(bot, "bonjour");

    /// <summary>A Teams user on the expectReplies path: AAD object id and tenant as Teams sends them.</summary>
    private Task<BotConversation> Say(BotConversation bot, string text)
    {
        var activity = bot.NewActivity();
        activity["text"] = text;
        activity["from"]!["aadObjectId"] = "aad-" + bot.UserId;
        activity["conversation"]!["tenantId"] = tenants[bot];
        activity["conversation"]!["conversationType"] = "personal";
        return bot.Send(activity);
    }
}
