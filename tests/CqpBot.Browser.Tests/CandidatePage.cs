using Microsoft.Playwright;

namespace CqpBot.Browser.Tests;

/// <summary>The page as a candidate uses it: read the bot's last card, click its buttons, pick answers, type in the send box.</summary>
public sealed class CandidatePage(IPage page, string artifacts)
{
    private static readonly TimeSpan BotWait = TimeSpan.FromSeconds(20);

    public IPage Page => page;

    /// <summary>Every Adaptive Card in the transcript, oldest first.</summary>
    public ILocator Cards => page.Locator(".cqp-activity .ac-adaptiveCard");

    public ILocator LastCard => Cards.Last;

    public ILocator AnsweredCards => page.Locator(".cqp-activity[data-answered='true'] .ac-adaptiveCard");

    public ILocator Transcript => page.Locator("#webchat");

    public ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    public static async Task<CandidatePage> OpenAsync(IBrowserContext context, Uri url, string artifacts)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var candidate = new CandidatePage(page, artifacts);
        await page.GotoAsync(url.ToString());
        await candidate.WaitForCardsAsync(1);
        return candidate;
    }

    /// <summary>The transcript's activities whose shown text contains <paramref name="text"/>.</summary>
    public ILocator Messages(string text) => page.Locator(".cqp-activity", new() { HasText = text });

    public Task<string> LastCardTextAsync() => LastCard.InnerTextAsync();

    public Task ClickAsync(string button) =>
        AnswerAsync(() => LastCard.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());

    /// <summary>Picks a radio or checkbox of the last card by its label, then presses the card's button.</summary>
    public Task ChooseAsync(string choice, string button) => AnswerAsync(async () =>
    {
        await LastCard.GetByLabel(choice, new() { Exact = true }).CheckAsync();
        await LastCard.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    });

    /// <summary>Types in the send box and sends with the Enter key, as a person answers in their own words.</summary>
    public Task SayAsync(string text) => AnswerAsync(async () =>
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    });

    /// <summary>Runs a candidate action and waits for the bot's next card.</summary>
    private async Task AnswerAsync(Func<Task> action)
    {
        var before = await Cards.CountAsync();
        await action();
        await WaitForCardsAsync(before + 1);
    }

    public async Task WaitForCardsAsync(int count)
    {
        var deadline = DateTime.UtcNow + BotWait;
        while (await Cards.CountAsync() < count)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The bot did not show card {count} within {BotWait.TotalSeconds} s. Transcript:\n{await Transcript.InnerTextAsync()}");
            await Task.Delay(100);
        }
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
