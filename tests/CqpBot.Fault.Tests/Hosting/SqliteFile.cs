namespace CqpBot.Fault.Tests.Hosting;

/// <summary>A fresh SQLite database file for one test, and the bot settings that point at it; deleted with its WAL on dispose.</summary>
public sealed class SqliteFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cqpbot-fault-{Guid.NewGuid():N}.db");

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__Sqlite__Path"] = Path,
    };

    public void Dispose()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
            File.Delete(file);
    }
}
