namespace CqpBot.Storage.Tests;

public abstract partial class StoreContract
{
    [Fact]
    public async Task A_direct_line_conversation_knows_its_user_and_an_unknown_one_has_none()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Store.CreateConversationAsync(conversation, "candidate-1", Monday);
        await Store.CreateConversationAsync(conversation, "someone-else", Monday); // a second start keeps the first

        Assert.Equal("candidate-1", await Store.GetConversationUserAsync(conversation));
        Assert.Null(await Store.GetConversationUserAsync(Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task Activities_read_after_the_watermark_oldest_first_and_at_most_max()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Store.CreateConversationAsync(conversation, "candidate", Monday);
        var sequences = new List<long>();
        foreach (var n in Enumerable.Range(1, 5))
            sequences.Add(await Store.AppendActivityAsync(conversation, $$"""{"n":{{n}}}"""));

        sequences.Is(1, 2, 3, 4, 5);
        (await Store.GetActivitiesAsync(conversation, 2, 2)).Is((3, """{"n":3}"""), (4, """{"n":4}"""));
        (await Store.GetActivitiesAsync(conversation, 0, 100)).Select(a => a.Sequence).ToList().Is(1, 2, 3, 4, 5);
        Assert.Empty(await Store.GetActivitiesAsync(conversation, 5, 100));
        Assert.Empty(await Store.GetActivitiesAsync(Guid.NewGuid().ToString("N"), 0, 100));
    }

    [Fact]
    public async Task Parallel_appends_get_distinct_sequences_and_each_conversation_counts_on_its_own()
    {
        var (conversation, other) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        await Store.CreateConversationAsync(conversation, "candidate", Monday);

        var appended = await Task.WhenAll(Enumerable.Range(0, 20).Select(n => Task.Run(() => Store.AppendActivityAsync(conversation, $$"""{"n":{{n}}}""")))).WaitAsync(TimeSpan.FromSeconds(60));

        appended.Order().ToList().Is([.. Enumerable.Range(1, 20).Select(n => (long)n)]);
        Assert.Equal(1, await Store.AppendActivityAsync(other, "{}")); // appending creates a missing conversation
        Assert.Equal(20, (await Store.GetActivitiesAsync(conversation, 0, 100)).Count);
    }

    [Fact]
    public async Task Deleting_a_direct_line_conversation_removes_it_and_its_log()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Store.CreateConversationAsync(conversation, "candidate", Monday);
        await Store.AppendActivityAsync(conversation, "{}");

        await Store.DeleteConversationAsync(conversation);

        Assert.Null(await Store.GetConversationUserAsync(conversation));
        Assert.Empty(await Store.GetActivitiesAsync(conversation, 0, 100));
    }
}
