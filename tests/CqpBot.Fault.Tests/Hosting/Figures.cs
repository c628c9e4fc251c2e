namespace CqpBot.Fault.Tests.Hosting;

/// <summary>The measured figures of each run, shown in the test output and kept in logs/figures.txt for the report.</summary>
public static class Figures
{
    private static readonly object Gate = new();

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        lock (Gate)
            File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "logs", "figures.txt"), $"{DateTime.UtcNow:u} {line}{Environment.NewLine}");
    }
}
