using CqpBot.Storage;

namespace CqpBot.Storage.Tests;

public abstract partial class StoreContract
{
    [Fact]
    public async Task A_database_created_by_migration_1_is_upgraded_and_its_interviews_still_read()
    {
        var database = await EmptyDatabaseAsync();
        var store = Track(Open(database));
        await store.MigrateAsync(upTo: 1);
        var key = "webchat:" + Guid.NewGuid().ToString("N");
        await store.SaveAsync(Write(key, 0, """{"step":"written-by-release-1"}"""));
        // Release 1 stored a turn's response as text.
        await SqlAsync(database, $"INSERT INTO applied_activities (conversation_key, activity_id, response_json) VALUES ('{key}', 'a-1', 'r-1')");
        (await store.AppliedMigrationsAsync()).Is(1);

        await store.MigrateAsync();
        await store.MigrateAsync(); // idempotent: a restart applies nothing twice

        (await store.AppliedMigrationsAsync()).Is(1, 2, 3, 4);
        Assert.Equal("""{"step":"written-by-release-1"}""", (await store.GetAsync(key))!.StateJson);
        Assert.Equal("r-1", await store.GetAppliedResponseAsync(key, "a-1"));
        Assert.Equal(1, await store.AppendActivityAsync(key["webchat:".Length..], "{}"));
    }

    [Fact]
    public async Task Instances_starting_together_migrate_the_schema_once()
    {
        var database = await EmptyDatabaseAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => Track(Open(database))).ToList();

        await Task.WhenAll(stores.Select(s => Task.Run(() => s.MigrateAsync()))).WaitAsync(TimeSpan.FromSeconds(60));

        (await stores[0].AppliedMigrationsAsync()).Is(1, 2, 3, 4);
    }

    [Fact]
    public async Task An_unreachable_store_throws_StoreUnavailableException_and_its_ping_says_false()
    {
        var store = OpenUnreachable();

        Assert.False(await store.PingAsync());
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync(NewKey()).WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.SaveAsync(Write(NewKey(), 0)).WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.AppendActivityAsync("c", "{}").WaitAsync(TimeSpan.FromSeconds(30)));
        await store.DisposeAsync();
    }

    [Fact]
    public async Task A_disposed_store_refuses_turn_writes_whether_or_not_it_wrote_before()
    {
        var used = Open(await DatabaseAsync());
        await used.MigrateAsync();
        Assert.Equal(SaveResult.Saved, await used.SaveAsync(Write(NewKey(), 0)));
        var unused = Open(await DatabaseAsync());
        await used.DisposeAsync();
        await unused.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => used.SaveAsync(Write(NewKey(), 0)).WaitAsync(TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => unused.SaveAsync(Write(NewKey(), 0)).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_reachable_store_pings_true()
    {
        Assert.True(await Store.PingAsync());
    }
}
