using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>An interview keeps the exact guide file it started on, even when dialogs/ changes and the bot restarts.</summary>
public sealed class GuideVersionTests : IDisposable
{
    private readonly string dialogs = Directory.CreateTempSubdirectory("cqpbot-guides-").FullName;
    private readonly string database = Path.Combine(Path.GetTempPath(), $"cqpbot-guides-{Guid.NewGuid():N}.db");

    public GuideVersionTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Dialogs))
            File.Copy(file, Path.Combine(dialogs, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        Directory.Delete(dialogs, recursive: true);
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            File.Delete(file);
    }

    private CqpBotApplication Bot() => new(new Dictionary<string, string?> { ["Dialogs:Path"] = dialogs, ["Storage:Sqlite:Path"] = database });

    [Fact]
    public async Task An_interview_goes_on_with_the_guide_it_started_on_after_the_file_changed_and_the_bot_restarted()
    {
        string conversationId, userId, firstTitle;
        await using (var before = Bot())
        {
            var bot = before.Conversation("webchat");
            await bot.ChooseCqp("Téléconseiller(ère)");
            (conversationId, userId) = (bot.ConversationId, bot.UserId);
            firstTitle = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(dialogs, "teleconseiller.json")))!["blocs"]![0]!["title"]!;
            Assert.Contains(firstTitle, bot.Text);
        }

        // A training centre edits the guide: the first bloc gets a new title, the file a new version.
        var path = Path.Combine(dialogs, "teleconseiller.json");
        var guide = JsonNode.Parse(File.ReadAllText(path))!;
        guide["version"] = "2.0.0";
        guide["blocs"]![0]!["title"] = "Titre modifié après le début de l'entretien";
        File.WriteAllText(path, guide.ToJsonString());

        await using var after = Bot();
        var resumed = new BotConversation(after.CreateClient(), "webchat", userId, conversationId);
        await resumed.Say("progression");

        Assert.Contains(firstTitle, resumed.Text);
        Assert.DoesNotContain("Titre modifié", resumed.Text);
        var fresh = after.Conversation("webchat");
        await fresh.ChooseCqp("Téléconseiller(ère)");
        Assert.Contains("Titre modifié après le début de l'entretien", fresh.Text); // a new interview takes the new file
    }
}
