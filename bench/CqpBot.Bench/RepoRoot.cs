namespace CqpBot.Bench;

/// <summary>The checkout the benchmarks run from: BenchmarkDotNet builds and starts them below its bin folder.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CqpBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CqpBot.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Dialogs => Path.Combine(Find(), "dialogs");
}
