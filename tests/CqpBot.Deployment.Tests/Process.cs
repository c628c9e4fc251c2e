using System.Diagnostics;

namespace CqpBot.Deployment.Tests;

public sealed record ProcessResult(int ExitCode, string Output, string Error);

public static class Run
{
    /// <summary>Runs a program to completion (at most two minutes) and returns what it printed.</summary>
    public static ProcessResult Program(string fileName, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            info.Environment[name] = value;

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in two minutes");
        }
        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }
}
