namespace CqpBot.Api.Tests;

/// <summary>
/// A candidate's answers from the CQP presentation to the first guide row, by clicks and typed words: one script for
/// the interview over HTTP and the same interview in the browser, so the two cannot drift apart.
/// </summary>
public static class OpenQuestionsScript
{
    public static async Task PlayAsync(Func<string, Task> click, Func<string, Task> say, Func<Task<string>> lastText)
    {
        await click("Continuer");
        await say("tout");
        await say("deux ans et demi");
        await click("Mutualité");
        await say("au téléphone et en face à face");
        await click("Oui");
        if ((await lastText()).Contains("Condition de recevabilité", StringComparison.Ordinal))
            await click("Oui");
        await click("Activité salariée");
        await click("Salarié(e) d'une mutuelle (branche Mutualité)");
        await click("Passer");
        await click("Passer");
        await click("Oui, je souhaite la VAE");
        await say("CV, attestations");
    }
}
