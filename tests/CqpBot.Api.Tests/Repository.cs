namespace CqpBot.Api.Tests;

/// <summary>The repository root, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CqpBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CqpBot.sln not found");
    }
}
