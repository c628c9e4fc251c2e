namespace CqpBot.Hosting;

/// <summary>Where dialogs/ is: the configured path, else the copy next to the binaries (the build copies the repository's folder).</summary>
public static class DialogsDirectory
{
    public static string Resolve(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "dialogs") : Path.GetFullPath(configured);
}
