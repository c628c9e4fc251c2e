using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CqpBot.Documents.Tests;

/// <summary>
/// Reads a PDF back with poppler-utils (installed by .ci/setup.sh): its text per page, in drawing order (-raw: a table
/// reads cell by cell, as the guide draws it), and its fonts.
/// </summary>
public static partial class Poppler
{
    public static IReadOnlyList<string> PageTexts(string pdf) =>
        Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Split('\f').SkipLast(1).ToList();

    /// <summary>Text with every run of white space made one space: a line wrapped by the layout reads as one.</summary>
    public static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>pdffonts' table: one entry per font with its name, type and whether it is embedded.</summary>
    public static IReadOnlyList<(string Name, string Type, bool Embedded)> Fonts(string pdf)
    {
        var lines = Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
        return lines.Skip(2).Select(l => Spaces().Split(l.Trim())).Select(f => (f[0], string.Join(" ", f[1..^6]), f[^5] == "yes")).ToList();
    }

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} took more than 30 s");
        }

        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error.Result}");
        return output.Result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
