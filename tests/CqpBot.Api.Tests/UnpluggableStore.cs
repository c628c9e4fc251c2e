using CqpBot.Storage;
using CqpBot.Storage.Sql;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>
/// The app's own store with a plug: while <see cref="Unplugged"/>, every call fails as an unreachable database does
/// (<see cref="StoreUnavailableException"/>), so a test can cut the store between two requests, in process. It also
/// counts the turns' reads of an interview (<see cref="InterviewReads"/>).
/// </summary>
public sealed class UnpluggableStore(SqlStore store) : IInterviewStore, IDirectLineStore
{
    public volatile bool Unplugged;

    private int interviewReads;

    public int InterviewReads => Volatile.Read(ref interviewReads);

    /// <summary>Registers it in front of the app's store, for both interfaces (registered last, so it wins).</summary>
    public static void Install(IServiceCollection services)
    {
        services.AddSingleton(sp => new UnpluggableStore(sp.GetRequiredService<SqlStore>()));
        services.AddSingleton<IInterviewStore>(sp => sp.GetRequiredService<UnpluggableStore>());
        services.AddSingleton<IDirectLineStore>(sp => sp.GetRequiredService<UnpluggableStore>());
    }

    // Failed tasks, not exceptions thrown by the call: a real store fails when awaited.
    private Task<T> Call<T>(Func<SqlStore, Task<T>> call) => Unplugged ? Task.FromException<T>(Unreachable()) : call(store);

    private Task Call(Func<SqlStore, Task> call) => Unplugged ? Task.FromException(Unreachable()) : call(store);

    private static StoreUnavailableException Unreachable() => new("The store is unplugged by the test.", new IOException("unplugged"));

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Call(s => s.MigrateAsync(cancellationToken));

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Unplugged ? Task.FromResult(false) : store.PingAsync(cancellationToken);

    public Task<StoredInterview?> GetAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref interviewReads);
        return Call(s => s.GetAsync(conversationKey, cancellationToken));
    }

    public Task<StoredInterview?> GetByInterviewIdAsync(string interviewId, CancellationToken cancellationToken = default) => Call(s => s.GetByInterviewIdAsync(interviewId, cancellationToken));

    public Task<SaveResult> SaveAsync(InterviewWrite write, CancellationToken cancellationToken = default) => Call(s => s.SaveAsync(write, cancellationToken));

    public Task<string?> GetAppliedResponseAsync(string conversationKey, string activityId, CancellationToken cancellationToken = default) => Call(s => s.GetAppliedResponseAsync(conversationKey, activityId, cancellationToken));

    public Task<IReadOnlyList<StoredInterview>> ListAsync(RecordQuery query, CancellationToken cancellationToken = default) => Call(s => s.ListAsync(query, cancellationToken));

    public Task<bool> DeleteAsync(string conversationKey, CancellationToken cancellationToken = default) => Call(s => s.DeleteAsync(conversationKey, cancellationToken));

    public Task<int> PurgeAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default) => Call(s => s.PurgeAsync(olderThan, cancellationToken));

    public Task SaveGuideSnapshotAsync(string cqpId, string fingerprint, string json, CancellationToken cancellationToken = default) => Call(s => s.SaveGuideSnapshotAsync(cqpId, fingerprint, json, cancellationToken));

    public Task<string?> GetGuideSnapshotAsync(string cqpId, string fingerprint, CancellationToken cancellationToken = default) => Call(s => s.GetGuideSnapshotAsync(cqpId, fingerprint, cancellationToken));

    public Task CreateConversationAsync(string conversationId, string userId, DateTimeOffset at, CancellationToken cancellationToken = default) => Call(s => s.CreateConversationAsync(conversationId, userId, at, cancellationToken));

    public Task<string?> GetConversationUserAsync(string conversationId, CancellationToken cancellationToken = default) => Call(s => s.GetConversationUserAsync(conversationId, cancellationToken));

    public Task<long> AppendActivityAsync(string conversationId, string activityJson, CancellationToken cancellationToken = default) => Call(s => s.AppendActivityAsync(conversationId, activityJson, cancellationToken));

    public Task<IReadOnlyList<(long Sequence, string ActivityJson)>> GetActivitiesAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken = default) => Call(s => s.GetActivitiesAsync(conversationId, watermark, max, cancellationToken));

    public Task DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) => Call(s => s.DeleteConversationAsync(conversationId, cancellationToken));
}
