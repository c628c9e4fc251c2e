using PdfSharp.Drawing;

namespace CqpBot.Documents.Pdf;

/// <summary>
/// Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is wider than the
/// line (a long URL or reference). A line break in the text always starts a new line.
/// </summary>
internal static class TextWrap
{
    public static IReadOnlyList<string> Lines(XGraphics measure, string text, XFont font, double width, double? firstLineWidth = null)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(measure, candidate, font, Available(lines, width, firstLineWidth)))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                    lines.Add(line);
                line = word;
                while (!Fits(measure, line, font, Available(lines, width, firstLineWidth)))
                {
                    var cut = LongestFittingPrefix(measure, line, font, Available(lines, width, firstLineWidth));
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static double Available(List<string> lines, double width, double? firstLineWidth) =>
        lines.Count == 0 && firstLineWidth is { } first ? first : width;

    private static bool Fits(XGraphics measure, string text, XFont font, double width) =>
        measure.MeasureString(text, font).Width <= width;

    private static int LongestFittingPrefix(XGraphics measure, string word, XFont font, double width)
    {
        var length = 1;
        while (length < word.Length && Fits(measure, word[..(length + 1)], font, width))
            length++;
        return length;
    }
}
