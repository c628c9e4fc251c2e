namespace CqpBot.Deployment.Tests;

/// <summary>Paths in the checkout, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "deploymentTemplates");

    public static string Teams => Path.Combine(Templates, "teams");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CqpBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CqpBot.sln not found above " + AppContext.BaseDirectory);
    }
}
