namespace CqpBot.Deployment.Tests;

/// <summary>A test that runs a bash script: skipped where bash is not on the PATH.</summary>
public sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (Tools.Find("bash") is null)
            Skip = "bash not found on the PATH";
    }
}

/// <summary>A test that runs the Bicep CLI restored from NuGet with this project: skipped where it is absent (not Linux x64).</summary>
public sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        if (Tools.Bicep is null)
            Skip = "Bicep CLI not restored (the project downloads Azure.Bicep.CommandLine.linux-x64 on Linux x64 only)";
    }
}

public static class Tools
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The Bicep CLI at NuGetPackageRoot/azure.bicep.commandline.linux-x64/BicepVersion/tools/bicep, if restored.</summary>
    public static string? Bicep { get; } = FindBicep();

    private static string? FindBicep()
    {
        var metadata = typeof(Tools).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value);
        if (string.IsNullOrEmpty(metadata.GetValueOrDefault("NuGetPackageRoot")) || string.IsNullOrEmpty(metadata.GetValueOrDefault("BicepVersion")))
            return null;
        var path = Path.Combine(metadata["NuGetPackageRoot"]!, "azure.bicep.commandline.linux-x64", metadata["BicepVersion"]!, "tools", "bicep");
        return File.Exists(path) ? path : null;
    }
}
