using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>Whole interviews through /api/messages, as a candidate on the web and an interviewer would drive them.</summary>
public class InterviewOverHttpTests
{
    private static async Task<BotConversation> ThroughOpenQuestions(CqpBotApplication app, string cqp)
    {
        var bot = app.Conversation("webchat");
        await bot.ChooseCqp(cqp);
        await OpenQuestionsScript.PlayAsync(title => bot.Click(title), text => bot.Say(text), () => Task.FromResult(bot.Text));
        return bot;
    }

    [Fact]
    public async Task A_candidate_completes_a_self_assessment_by_cards_and_typed_words()
    {
        await using var app = new CqpBotApplication();
        var bot = await ThroughOpenQuestions(app, "Chargé(e) d'accueil et de relation clients/adhérents");

        for (var guard = 0; guard < 40 && !bot.Text.Contains("Votre pré-orientation"); guard++)
        {
            if (BotConversation.FindAction(bot.LastCard, "Enregistrer") is not null)
                await bot.Click("Enregistrer", new Dictionary<string, string> { ["answer"] = "en-totalite", ["wish"] = "" });
            else
                await bot.Click("Continuer");
            Assert.Equal(HttpStatusCode.OK, bot.LastStatus);
        }

        Assert.Contains("Votre pré-orientation", bot.Text);
        Assert.Contains("Validation des acquis de l'expérience (VAE)", bot.Text);
        Assert.Contains("Recevabilité VAE : critères remplis", bot.Text);
        await bot.Click("Terminer");
        Assert.Contains("Terminé", bot.Text);
    }

    [Fact]
    public async Task Refusing_the_data_statement_keeps_nothing()
    {
        await using var app = new CqpBotApplication();
        var store = app.Services.GetRequiredService<CqpBot.Storage.IInterviewStore>();
        var bot = app.Conversation("webchat");
        await bot.Join("auto");
        Assert.Single(await store.ListAsync(new CqpBot.Storage.RecordQuery(bot.UserId, null, null)));

        await bot.Click("Je refuse");

        Assert.Contains("rien ne sera conservé", bot.Text);
        Assert.Empty(await store.ListAsync(new CqpBot.Storage.RecordQuery(bot.UserId, null, null)));
    }

    [Fact]
    public async Task A_redelivered_activity_is_applied_once_and_gets_the_same_answer()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation();
        await bot.Say("bonjour");
        var consent = bot.NewActivity();
        consent["text"] = "j'accepte";
        await bot.Send(consent);
        var first = new JsonArray([.. bot.Replies.Select(r => r.DeepClone())]);
        await bot.Send(consent);

        // The very same replies, ids and timestamps included: what was stored with the turn is what was answered.
        Assert.All(first, reply => Assert.False(string.IsNullOrEmpty((string?)reply!["id"])));
        Assert.Equal(BotConversation.Plain(first), BotConversation.Plain(new JsonArray([.. bot.Replies.Select(r => r.DeepClone())])));
        await bot.Say("retour");
        Assert.Contains("Vos données", bot.Text); // one step back lands on the consent: the duplicate did not advance twice
    }

    [Fact]
    public async Task An_answer_to_an_old_card_is_refused_and_not_applied()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation("webchat");
        await bot.Join("auto");
        var consentCard = bot.LastCard;
        await bot.Click("J'accepte");

        var stale = bot.NewActivity();
        stale["value"] = BotConversation.FindAction(consentCard, "Je refuse")!["data"]!.DeepClone();
        await bot.Send(stale);

        Assert.Contains("ne correspond plus", bot.Text);
        Assert.DoesNotContain("rien ne sera conservé", bot.Text);
        await bot.Click("Continuer");
        Assert.Contains("Choix du CQP", bot.Text);
    }

    [Fact]
    public async Task A_card_of_another_interview_is_refused()
    {
        await using var app = new CqpBotApplication();
        var alice = app.Conversation("webchat");
        await alice.Join("auto");
        var bob = app.Conversation("webchat");
        await bob.Join("auto");

        var forged = bob.NewActivity();
        forged["value"] = BotConversation.FindAction(alice.LastCard, "J'accepte")!["data"]!.DeepClone();
        await bob.Send(forged);

        Assert.Contains("autre entretien", bob.Text);
    }

    [Fact]
    public async Task An_unclear_answer_gets_a_short_reprompt_that_shows_what_is_expected()
    {
        await using var app = new CqpBotApplication();
        var bot = await ThroughOpenQuestions(app, "Chargé(e) d'accueil et de relation clients/adhérents");
        await bot.Say("bof, peut-être");

        Assert.Contains("Je n'ai pas compris", bot.Text);
        Assert.Contains("En totalité", bot.Text);
        await bot.Say("en partie");
        Assert.Contains("formation complémentaire", bot.Text);
    }

    [Fact]
    public async Task Deleting_my_data_removes_the_interview()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation("webchat");
        await bot.Join("auto");
        await bot.Click("J'accepte");
        await bot.Say("supprimer mes données");
        Assert.Contains("supprimées", bot.Text);

        await bot.Join("auto");
        Assert.Contains("Vos données", bot.Text);
        Assert.DoesNotContain("Bon retour", bot.Text);
    }

    [Fact]
    public async Task Joining_again_a_stored_conversation_welcomes_back_at_the_same_question()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation("webchat");
        await bot.ChooseCqp("Téléconseiller(ère)");
        var question = BotConversation.Plain(bot.LastCard);

        await bot.Join("auto");

        Assert.Contains("Bon retour ! Reprenons où nous en étions.", bot.Text);
        Assert.Equal(question, BotConversation.Plain(bot.LastCard));
    }
}
