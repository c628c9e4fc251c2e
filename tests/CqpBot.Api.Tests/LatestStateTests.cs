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
        await using var alone = new CqpBotApplication();
        await using var instances = new TwoInstances();
        var reference = alone.Conversation("test");
        var atFirst = instances.First.Conversation("test");
        var atSecond = instances.SameConversationAtSecond(atFirst);

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
    public async Task An_export_asked_of_the_instance_that_saved_before_shows_what_the_other_saved_since()
    {
        await using var instances = new TwoInstances();
        var atFirst = instances.First.Conversation("test");
        var atSecond = instances.SameConversationAtSecond(atFirst);
        foreach (var line in Turns[..5])
            await atFirst.Say(line);
        await atSecond.Say(Turns[5]); // the first instance's state is one step behind now

        await atSecond.Say("exporter mes données");
        var fromSecond = atSecond.Text;
        await atFirst.Say("exporter mes données");

        Assert.Contains("Voici vos données", fromSecond);
        Assert.Equal(fromSecond, atFirst.Text);
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

    /// <summary>Two bots in process on one SQLite file, as two instances behind a load balancer without affinity.</summary>
    private sealed class TwoInstances : IAsyncDisposable
    {
        private readonly string database = Path.Combine(Path.GetTempPath(), $"cqpbot-test-{Guid.NewGuid():N}.db");

        public TwoInstances()
        {
            First = new CqpBotApplication(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = database });
            Second = new CqpBotApplication(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = database });
        }

        public CqpBotApplication First { get; }

        public CqpBotApplication Second { get; }

        /// <summary>The same user and conversation, through the second instance.</summary>
        public BotConversation SameConversationAtSecond(BotConversation atFirst) => new(Second.CreateClient(), atFirst.ChannelId, atFirst.UserId, atFirst.ConversationId);

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
                File.Delete(file);
        }
    }
}
