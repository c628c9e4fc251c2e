using CqpBot.Storage;

namespace CqpBot.Storage.Tests;

public abstract partial class StoreContract
{
    [Fact]
    public async Task An_interviewer_lists_their_own_interviews_and_their_tenants_newest_first()
    {
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        var (mine, colleague, outsider, byAad) = (NewKey(), NewKey(), NewKey(), NewKey());
        await Store.SaveAsync(Write(mine, 0, owner: new InterviewOwner("msteams", "me-" + tenant, "aad-me", tenant), at: Monday));
        await Store.SaveAsync(Write(colleague, 0, owner: new InterviewOwner("msteams", "colleague-" + tenant, "aad-colleague", tenant), at: Monday.AddHours(1)));
        await Store.SaveAsync(Write(outsider, 0, owner: new InterviewOwner("msteams", "outsider-" + tenant, null, "other-" + tenant), at: Monday.AddHours(2)));
        await Store.SaveAsync(Write(byAad, 0, owner: new InterviewOwner("webchat", "browser-" + tenant, "aad-of-" + tenant), at: Monday.AddHours(3)));

        Keys(await Store.ListAsync(new RecordQuery("me-" + tenant, null, tenant))).Is(colleague, mine);
        Keys(await Store.ListAsync(new RecordQuery("me-" + tenant, null, null))).Is(mine);
        Keys(await Store.ListAsync(new RecordQuery("someone-else", "aad-of-" + tenant, null))).Is(byAad);
        Keys(await Store.ListAsync(new RecordQuery("me-" + tenant, null, tenant, Limit: 1))).Is(colleague);
        Assert.Empty(await Store.ListAsync(new RecordQuery(null, null, null)));
    }

    [Fact]
    public async Task Directory_ids_brought_by_a_later_turn_are_recorded_and_found_by_the_records_list()
    {
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        var key = NewKey();
        await Store.SaveAsync(Write(key, 0, owner: new InterviewOwner("msteams", "29:" + tenant, null, null)));
        await Store.SaveAsync(Write(key, 1, owner: new InterviewOwner("msteams", "29:" + tenant, "aad-" + tenant, tenant)));
        await Store.SaveAsync(Write(key, 2, owner: new InterviewOwner("msteams", "29:" + tenant, "aad-" + tenant, tenant), at: Monday.AddHours(1)));

        var stored = (await Store.GetAsync(key))!;
        Assert.Equal(new InterviewOwner("msteams", "29:" + tenant, "aad-" + tenant, tenant), stored.Owner);
        Assert.Equal(3, stored.Version);
        Assert.Equal(Monday.AddHours(1), stored.UpdatedAt);
        Keys(await Store.ListAsync(new RecordQuery(null, "aad-" + tenant, null))).Is(key);
        Keys(await Store.ListAsync(new RecordQuery(null, null, tenant))).Is(key);
    }

    [Fact]
    public async Task Deleting_removes_the_interview_its_applied_activities_and_its_direct_line_log()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var key = "webchat:" + conversation;
        await Store.CreateConversationAsync(conversation, "candidate", Monday);
        await Store.AppendActivityAsync(conversation, """{"text":"mon nom est Dupont"}""");
        var before = await Store.AppendActivityAsync(conversation, """{"text":"bienvenue"}""");
        await Store.SaveAsync(Write(key, 0, activityId: "a-1", response: "reply"));

        Assert.True(await Store.DeleteAsync(key));

        Assert.Null(await Store.GetAsync(key));
        Assert.Null(await Store.GetAppliedResponseAsync(key, "a-1"));
        Assert.Empty(await Store.GetActivitiesAsync(conversation, 0, 100));
        Assert.Equal("", await Store.GetConversationUserAsync(conversation));
        Assert.False(await Store.DeleteAsync(key));
        // The confirmation sent after the deletion must reach a page that has already read up to `before`.
        Assert.True(await Store.AppendActivityAsync(conversation, """{"text":"supprimées"}""") > before);
    }

    [Fact]
    public async Task Purging_removes_the_interviews_not_updated_since_the_cutoff_with_their_direct_line_history()
    {
        var cutoff = new DateTimeOffset(1999, 6, 1, 0, 0, 0, TimeSpan.Zero); // before any other test's instants
        var (conversation, neverJoined) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var (stale, touched) = ("webchat:" + conversation, NewKey());
        await Store.CreateConversationAsync(conversation, "candidate", cutoff.AddDays(-30));
        await Store.AppendActivityAsync(conversation, """{"text":"mon nom est Dupont"}""");
        await Store.CreateConversationAsync(neverJoined, "", cutoff.AddDays(-30));
        await Store.SaveAsync(Write(stale, 0, activityId: "a-stale", response: "r", at: cutoff.AddDays(-30)));
        await Store.SaveAsync(Write(touched, 0, at: cutoff.AddDays(-30)));
        await Store.SaveAsync(Write(touched, 1, at: cutoff.AddSeconds(1)));

        Assert.Equal(1, await Store.PurgeAsync(cutoff));

        Assert.Null(await Store.GetAsync(stale));
        Assert.Null(await Store.GetAppliedResponseAsync(stale, "a-stale"));
        Assert.Empty(await Store.GetActivitiesAsync(conversation, 0, 100));
        Assert.Null(await Store.GetConversationUserAsync(conversation));
        Assert.Null(await Store.GetConversationUserAsync(neverJoined));
        Assert.NotNull(await Store.GetAsync(touched));
        Assert.Equal(0, await Store.PurgeAsync(cutoff));
    }

    private static IReadOnlyList<string> Keys(IReadOnlyList<StoredInterview> interviews) => interviews.Select(i => i.ConversationKey).ToList();
}
