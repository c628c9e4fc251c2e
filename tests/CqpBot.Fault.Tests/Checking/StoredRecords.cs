using System.Data.Common;
using CqpBot.Storage;
using CqpBot.Storage.Postgres;
using CqpBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CqpBot.Fault.Tests.Checking;

/// <summary>Reads back what the bot stored, through the bot's own store API, plus a count the API does not offer.</summary>
public sealed class StoredRecords(IInterviewStore store, Func<DbConnection> connect) : IAsyncDisposable
{
    public static StoredRecords Sqlite(string path) => new(new SqliteStore(path), () => new SqliteConnection($"Data Source={path};Pooling=False"));

    public static StoredRecords Postgres(string connectionString) => new(new PostgresStore(connectionString), () => new NpgsqlConnection(connectionString));

    public Task<StoredInterview?> GetAsync(string conversationKey) => store.GetAsync(conversationKey);

    public async Task<bool> AppliedAsync(string conversationKey, string activityId) =>
        await store.GetAppliedResponseAsync(conversationKey, activityId) is not null;

    /// <summary>How many activities were applied to the conversation: each applied turn writes one row and one version.</summary>
    public async Task<long> AppliedCountAsync(string conversationKey)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM applied_activities WHERE conversation_key = @key";
        var key = command.CreateParameter();
        key.ParameterName = "key";
        key.Value = conversationKey;
        command.Parameters.Add(key);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (store is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
    }
}
