using CqpBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>
/// A turn starts from the state its instance saved last, without reading the store; the save's version check is what
/// keeps another instance's write, or a deletion, from being overwritten by a stale state.
/// </summary>
public class LatestStateTests
{
    private static readonly string[] Turns = File.ReadAllLines(Path.Combine(Repository.Root, "bench", "turns-accueil.txt")).Where(l => l.Length > 0).ToArray();

    [Fact]
    public async Task Turns_alternating_between_two_instances_on_one_store_get_the_answers_of_one_instance()
    {
        var database = Path.Combine(Path.GetTempPath(), $"cqpbot-test-{Guid.NewGuid():N}.db");
        var onOneFile = new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = database };
        await using var alone = new CqpBotApplication();
        await using var first = new CqpBotApplication(onOneFile);
        await using var second = new CqpBotApplication(onOneFile);
        var reference = alone.Conversation("test");
        var atFirst = first.Conversation("test");
        var atSecond = new BotConversation(second.CreateClient(), "test", atFirst.UserId, atFirst.ConversationId);

        for (var i = 0; i < Turns.Length - 1; i++)
        {
            await reference.Say(Turns[i]);
            // Irregular, so that each instance meets a conversation the other moved on once, then several times.
            var shared = i % 3 == 1 ? atSecond : atFirst;
            await shared.Say(Turns[i]);
            Assert.Equal(reference.Text, shared.Text);
        }

        Assert.Contains("Votre pré-orientation", atFirst.Text + atSecond.Text);
    }

    [Fact]
    public async Task A_conversation_this_instance_saved_last_is_not_read_again_from_the_store()
    {
        await using var app = new CqpBotApplication(services: UnpluggableStore.Install);
        var store = app.Services.GetRequiredService<UnpluggableStore>();
        var bot = app.Conversation("test");
        await bot.Say("bonjour");
        var reads = store.InterviewReads;

        foreach (var line in Turns[1..8])
            await bot.Say(line);

        Assert.Equal(reads, store.InterviewReads);
        Assert.DoesNotContain("Je n'ai pas compris", bot.Text);
    }

    [Fact]
    public async Task A_conversation_deleted_behind_this_instance_starts_again_at_its_next_turn()
    {
        await using var app = new CqpBotApplication();
        var store = app.Services.GetRequiredService<IInterviewStore>();
        var bot = app.Conversation("test");
        foreach (var line in Turns[..4])
            await bot.Say(line);

        await store.DeleteAsync($"test:{bot.ConversationId}"); // as the retention purge or another instance would
        await bot.Say(Turns[4]);

        Assert.Contains("Bonjour", bot.Text);
        var stored = await store.GetAsync($"test:{bot.ConversationId}");
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version); // a new interview, not the deleted one's next version
    }
}
