using Microsoft.Playwright;

namespace CqpBot.Browser.Tests;

/// <summary>The candidates' page in Chromium, against the real bot: what a candidate sees and does.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WebChatPageTests(Chromium chromium) : IAsyncLifetime
{
    private const string Cqp = "Chargé(e) d'accueil et de relation clients/adhérents";
    private const int TestTimeout = 300_000;

    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    // Each test owns its server; the browsers close first so no Web Chat socket holds the server's shutdown.
    private readonly BotServer server = new();
    private readonly List<IBrowserContext> browsers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var browser in browsers)
            await browser.CloseAsync();
        await server.DisposeAsync();
    }

    /// <summary>A new browser profile (its own localStorage), as another person or another device would have.</summary>
    private async Task<CandidatePage> OpenAsync(string path = "/", ViewportSize? viewport = null, BotServer? on = null)
    {
        var context = await chromium.Browser.NewContextAsync(new() { Locale = "fr-FR", ViewportSize = viewport ?? new() { Width = 1100, Height = 900 } });
        browsers.Add(context);
        return await CandidatePage.OpenAsync(context, new Uri((on ?? server).Url, path), Artifacts);
    }

    /// <summary>Consent given, CQP chosen: the interview has begun and has something to resume.</summary>
    private static async Task ThroughTheCqpChoiceAsync(CandidatePage candidate)
    {
        await candidate.ClickAsync("J'accepte");
        await candidate.ClickAsync("Continuer");
        await candidate.ClickAsync(Cqp);
    }

    /// <summary>From the consent to the first guide row, with the same answers as InterviewOverHttpTests.</summary>
    private static async Task ThroughOpenQuestionsAsync(CandidatePage candidate)
    {
        await ThroughTheCqpChoiceAsync(candidate);
        await OpenQuestionsScript.PlayAsync(candidate.ClickAsync, candidate.SayAsync, candidate.LastCardTextAsync);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_candidate_completes_a_self_assessment_by_clicking_cards_and_typing_french_words()
    {
        var candidate = await OpenAsync();
        await candidate.ScreenshotAsync("01-welcome");
        await ThroughOpenQuestionsAsync(candidate);
        await candidate.ScreenshotAsync("02-first-row");

        // The first row in words, every other one by picking "En totalité" and saving.
        await candidate.SayAsync("en partie");
        for (var guard = 0; guard < 40 && !(await candidate.LastCardTextAsync()).Contains("Votre pré-orientation"); guard++)
        {
            if (await candidate.LastCard.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).CountAsync() > 0)
                await candidate.ChooseAsync("En totalité", "Enregistrer");
            else if (await candidate.LastCard.GetByRole(AriaRole.Button, new() { Name = "Passer" }).CountAsync() > 0)
                await candidate.SayAsync("Formation aux techniques d'accueil"); // the training wish asked after "en partie"
            else
                await candidate.ClickAsync("Continuer");
        }

        var orientation = await candidate.LastCardTextAsync();
        await candidate.ScreenshotAsync("03-orientation");
        Assert.Contains("Votre pré-orientation", orientation);
        Assert.Contains("Parcours de formation", orientation); // the bloc answered "en partie"
        Assert.Contains("Validation des acquis", orientation); // the other blocs, with the VAE wish (Web Chat typesets ' as ’)
        var progress = await candidate.Page.Locator("#progress").GetAttributeAsync("aria-valuenow");
        Assert.Contains($"· {progress} %", orientation); // the page's progress bar follows the bot's last card
        Assert.True(int.Parse(progress!) >= 90, $"progress {progress} % at the conclusion");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_reload_resumes_at_the_same_question_without_a_second_welcome()
    {
        var candidate = await OpenAsync();
        await ThroughTheCqpChoiceAsync(candidate);
        var question = await candidate.LastCardTextAsync();

        await candidate.Page.ReloadAsync();
        await candidate.WaitForCardsAsync(4);
        await candidate.ScreenshotAsync("04-resumed");

        Assert.Equal(question, await candidate.LastCardTextAsync());
        await Assertions.Expect(candidate.Page.Locator("#kept-for")).ToContainTextAsync("pendant 7 jours"); // from the resumed session
        await Assertions.Expect(candidate.Messages("Bonjour !")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        Assert.Equal(0, await candidate.Messages("Bon retour").CountAsync());
        await candidate.ClickAsync("Continuer"); // the resumed question still answers
        Assert.NotEqual(question, await candidate.LastCardTextAsync());
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_reload_while_the_service_is_down_says_so_and_its_retry_resumes_the_same_question()
    {
        var candidate = await OpenAsync();
        await ThroughTheCqpChoiceAsync(candidate);
        var question = await candidate.LastCardTextAsync();
        var notice = candidate.Page.Locator("#chat-notice");

        server.Store.Unplugged = true;
        await candidate.Page.ReloadAsync();
        await Assertions.Expect(notice).ToContainTextAsync("momentanément indisponible", new() { Timeout = 45_000 });
        await candidate.ScreenshotAsync("09-service-down");
        Assert.Equal(0, await candidate.Cards.CountAsync());

        server.Store.Unplugged = false;
        await notice.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await candidate.WaitForCardsAsync(4);

        Assert.Equal(question, await candidate.LastCardTextAsync()); // the same conversation, kept through the failure
        await Assertions.Expect(candidate.Messages("Bonjour !")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        await Assertions.Expect(notice).ToBeHiddenAsync();
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_page_whose_stream_ends_for_good_says_so_and_its_retry_resumes_the_same_question()
    {
        // DirectLineJS ends its stream without a status change when a reconnect is refused for good (404 here; 45
        // failed reconnects, ~15 minutes offline, end it the same way): Web Chat alone would then stay silent.
        var candidate = await OpenAsync();
        await ThroughTheCqpChoiceAsync(candidate);
        var question = await candidate.LastCardTextAsync();
        var notice = candidate.Page.Locator("#chat-notice");
        var refused = new TaskCompletionSource();
        await candidate.Page.RouteAsync(new System.Text.RegularExpressions.Regex(@"/v3/directline/conversations/[^/?]+\?watermark="), async route =>
        {
            refused.TrySetResult();
            await route.FulfillAsync(new() { Status = 404, ContentType = "application/json", Body = "{}" });
        });

        server.Store.Unplugged = true; // the open stream is closed (1013): DirectLineJS reconnects 3 to 15 s later
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(45));
        server.Store.Unplugged = false;
        await Assertions.Expect(notice).ToContainTextAsync("connexion au service de conversation est interrompue", new() { Timeout = 45_000 });
        await candidate.ScreenshotAsync("10-stream-ended");

        await candidate.Page.UnrouteAllAsync();
        await notice.GetByRole(AriaRole.Button, new() { Name = "Réessayer" }).ClickAsync();
        await candidate.WaitForCardsAsync(4);
        Assert.Equal(question, await candidate.LastCardTextAsync());
        await Assertions.Expect(notice).ToBeHiddenAsync();
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_page_whose_join_was_lost_gets_its_welcome_at_the_next_visit()
    {
        var context = await chromium.Browser.NewContextAsync(new() { Locale = "fr-FR", ViewportSize = new() { Width = 1100, Height = 900 } });
        browsers.Add(context);
        var lost = new TaskCompletionSource();
        // The page's first post is its join event: dropped, as by a network that fails at that moment.
        await context.RouteAsync("**/v3/directline/conversations/*/activities", async route =>
        {
            if (route.Request.Method != "POST")
                await route.ContinueAsync();
            else
            {
                lost.TrySetResult();
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(45_000);
        await page.GotoAsync(server.Url.ToString());
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(45));
        await context.UnrouteAllAsync();

        await page.ReloadAsync();
        var candidate = new CandidatePage(page, Artifacts);
        await candidate.WaitForCardsAsync(1);

        await Assertions.Expect(candidate.Messages("Bonjour !")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
    }

    [Fact(Timeout = TestTimeout)]
    public async Task The_page_says_how_long_this_browser_keeps_the_conversation_as_the_server_is_set()
    {
        var candidate = await OpenAsync();
        await using var withoutTickets = new BotServer(new Dictionary<string, string?> { ["DirectLine:ResumeDays"] = "0" });
        var elsewhere = await OpenAsync(on: withoutTickets);
        await using var forTwoDays = new BotServer(new Dictionary<string, string?> { ["DirectLine:ResumeDays"] = "2" });
        var forTwo = await OpenAsync(on: forTwoDays);

        await Assertions.Expect(candidate.Page.Locator("#kept-for")).ToContainTextAsync("pendant 7 jours : si vous fermez l'onglet");
        await Assertions.Expect(forTwo.Page.Locator("#kept-for")).ToContainTextAsync("pendant 2 jours : si vous fermez l'onglet");
        await Assertions.Expect(elsewhere.Page.Locator("#kept-for")).ToContainTextAsync("revenez dans le quart d'heure");
        Assert.DoesNotContain("jours", await elsewhere.Page.Locator("#kept-for").TextContentAsync());
        foreach (var browser in browsers)
            await browser.CloseAsync(); // before the servers of this test stop
        browsers.Clear();
    }

    [Fact(Timeout = TestTimeout)]
    public async Task A_second_browser_cannot_see_the_first_ones_conversation()
    {
        var alice = await OpenAsync();
        await ThroughTheCqpChoiceAsync(alice);

        var bob = await OpenAsync();
        var bobTranscript = await bob.Transcript.InnerTextAsync();

        Assert.Contains("Vos données", await bob.LastCardTextAsync()); // a fresh interview, at the consent
        Assert.DoesNotContain(Cqp, bobTranscript);
        var aliceConversation = await ConversationIdAsync(alice.Page);
        var bobConversation = await ConversationIdAsync(bob.Page);
        Assert.NotEqual(aliceConversation, bobConversation);
    }

    [Fact(Timeout = TestTimeout)]
    public async Task Nouvelle_conversation_starts_over_with_a_new_welcome()
    {
        var candidate = await OpenAsync();
        await candidate.ClickAsync("J'accepte");
        var first = await ConversationIdAsync(candidate.Page);

        await candidate.Page.GetByRole(AriaRole.Button, new() { Name = "Nouvelle conversation" }).ClickAsync();
        await candidate.Page.WaitForLoadStateAsync();
        await candidate.WaitForCardsAsync(1);

        // Retrying: until the new page has replaced the old one's transcript.
        await Assertions.Expect(candidate.Cards).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        await Assertions.Expect(candidate.LastCard).ToContainTextAsync("Vos données", new() { Timeout = 45_000 });
        Assert.NotEqual(first, await ConversationIdAsync(candidate.Page));
    }

    [Fact(Timeout = TestTimeout)]
    public async Task Answered_cards_are_read_only_and_only_the_current_question_can_be_answered()
    {
        var candidate = await OpenAsync();
        await candidate.ClickAsync("J'accepte");
        await candidate.ClickAsync("Continuer");

        var consent = candidate.Cards.First;
        await Assertions.Expect(consent.Locator("xpath=ancestor::*[@data-answered][1]")).ToHaveAttributeAsync("data-answered", "true");
        // Retrying assertions: the page disables an answered card's controls in an effect that may follow its count.
        var settle = new LocatorAssertionsToBeDisabledOptions { Timeout = 45_000 };
        await Assertions.Expect(consent.GetByRole(AriaRole.Button, new() { Name = "J'accepte" })).ToBeDisabledAsync(settle);
        await Assertions.Expect(candidate.AnsweredCards).ToHaveCountAsync(2, new() { Timeout = 45_000 });
        foreach (var button in await candidate.AnsweredCards.GetByRole(AriaRole.Button).AllAsync())
            await Assertions.Expect(button).ToBeDisabledAsync(settle);
        var current = await candidate.LastCard.GetByRole(AriaRole.Button).AllAsync();
        Assert.NotEmpty(current);
        foreach (var button in current)
            await Assertions.Expect(button).ToBeEnabledAsync(new() { Timeout = 45_000 });

        // A forced click on the old card sends nothing: the transcript does not grow.
        var before = await candidate.Page.Locator(".cqp-activity").CountAsync();
        await consent.GetByRole(AriaRole.Button, new() { Name = "J'accepte" }).DispatchEventAsync("click");
        await Task.Delay(1500);
        Assert.Equal(before, await candidate.Page.Locator(".cqp-activity").CountAsync());
        await candidate.ScreenshotAsync("05-answered-cards");
    }

    [Fact(Timeout = TestTimeout)]
    public async Task On_a_phone_the_page_fits_the_screen_without_horizontal_scrolling()
    {
        var candidate = await OpenAsync(viewport: new() { Width = 375, Height = 740 });
        await candidate.ClickAsync("J'accepte");

        var widths = await candidate.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await candidate.ScreenshotAsync("06-phone");

        Assert.True(widths[0] <= widths[1], $"page is {widths[0]} px wide for a {widths[1]} px screen");
        await Assertions.Expect(candidate.SendBox).ToBeVisibleAsync(new() { Timeout = 45_000 });
        var card = await candidate.LastCard.BoundingBoxAsync();
        Assert.NotNull(card);
        Assert.True(card.X >= 0 && card.X + card.Width <= 375, $"card spans {card.X}..{card.X + card.Width}");
        // The introduction is folded on a phone: the conversation starts on the first screen, and unfolds on demand.
        var chatTop = await candidate.Page.EvaluateAsync<double>("() => document.getElementById('webchat').getBoundingClientRect().top + window.scrollY");
        Assert.True(chatTop < 740, $"the conversation starts {chatTop} px down a 740 px screen");
        await candidate.Page.GetByText("Comment ça se passe").ClickAsync();
        await Assertions.Expect(candidate.Page.GetByText("Ce qui est enregistré")).ToBeVisibleAsync(new() { Timeout = 45_000 });
    }

    [Fact(Timeout = TestTimeout)]
    public async Task The_pre_qualification_link_starts_a_vae_pre_qualification()
    {
        var candidate = await OpenAsync();
        await candidate.Page.GetByRole(AriaRole.Link, new() { Name = "Faire la pré-qualification VAE" }).ClickAsync();
        await candidate.WaitForCardsAsync(1);
        await candidate.ClickAsync("J'accepte");

        Assert.Contains("pré-qualification", (await candidate.Transcript.InnerTextAsync()).ToLowerInvariant());
    }

    private static Task<string> ConversationIdAsync(IPage page) =>
        page.EvaluateAsync<string>("() => Object.keys(localStorage).filter(k => k.startsWith('cqpbot.conversation.')).map(k => JSON.parse(localStorage.getItem(k)).conversationId).join()");
}
