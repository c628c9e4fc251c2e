namespace CqpBot.Domain.Tests;

/// <summary>Finds the repository's dialogs/ and the shared seeds beside the checkout, from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>../shared/seeds when present (CI and developer machines); null elsewhere.</summary>
    public static string? Seeds
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CqpBot.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CqpBot.sln not found above " + AppContext.BaseDirectory);
    }
}
