using CqpBot.Storage;
using CqpBot.Storage.Sql;

namespace CqpBot.Storage.Tests;

/// <summary>
/// What every store must do, whatever the engine behind it. Each provider's test class says only how to open one;
/// each test opens its own migrated store and uses its own keys, so no test depends on another's data.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    private readonly List<SqlStore> opened = [];

    protected SqlStore Store { get; private set; } = null!;

    /// <summary>The database this test's <see cref="Store"/> uses (its location: a file, a connection string).</summary>
    protected abstract Task<string> DatabaseAsync();

    /// <summary>A new database with nothing in it yet.</summary>
    protected abstract Task<string> EmptyDatabaseAsync();

    protected abstract SqlStore Open(string database);

    /// <summary>Runs SQL on the database directly, as an older release or an operator would; returns its first value, if any.</summary>
    protected abstract Task<object?> SqlAsync(string database, string sql);

    /// <summary>A store whose server or file cannot be reached.</summary>
    protected abstract SqlStore OpenUnreachable();

    public async Task InitializeAsync()
    {
        Store = Track(Open(await DatabaseAsync()));
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
            await store.DisposeAsync();
    }

    protected SqlStore Track(SqlStore store)
    {
        opened.Add(store);
        return store;
    }

    protected static string NewKey(string channel = "test") => $"{channel}:{Guid.NewGuid():N}";

    protected static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    protected static InterviewWrite Write(
        string key,
        long expectedVersion,
        string state = """{"step":"accueil"}""",
        string? activityId = null,
        string? response = null,
        InterviewOwner? owner = null,
        DateTimeOffset? at = null,
        string? interviewId = null) =>
        new(key, interviewId ?? "interview-" + key, expectedVersion, state, owner ?? new InterviewOwner("test", "user-" + key), "en_cours", at ?? Monday, activityId, response is null ? null : System.Text.Encoding.UTF8.GetBytes(response));
}
