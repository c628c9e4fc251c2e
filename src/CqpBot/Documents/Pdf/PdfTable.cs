using CqpBot.Documents.Content;
using PdfSharp.Drawing;

namespace CqpBot.Documents.Pdf;

/// <summary>
/// Draws a guide table: the header row again at the top of every page, and a row taller than the room left split
/// across pages (a long training wish must not be cut off nor push a whole page blank).
/// </summary>
internal static class PdfTable
{
    private const double Padding = 3.5;

    /// <summary>Below this many lines of room, a row starts on the next page instead of being split.</summary>
    private const int MinimumSplitLines = 3;

    private static double LineHeight => PdfStyle.TableSize * PdfStyle.LineSpacing;

    /// <summary>A wrapped line of a cell; <see cref="Gap"/> is the space before it (between the cell's paragraphs).</summary>
    private sealed record CellLine(string Text, XFont Font, bool Centered, double Gap)
    {
        public double Height => Gap + LineHeight;
    }

    public static void Draw(PdfPageFlow flow, DocTable table)
    {
        var total = table.Widths.Sum();
        var widths = table.Widths.Select(w => flow.Width * w / total).ToList();
        var header = table.Header.Select((h, i) => Lines(flow.Graphics, new DocCell([h], Bold: true), widths[i])).ToList();

        flow.Ensure(Height(header) + MinimumSplitLines * LineHeight + 2 * Padding);
        DrawSegment(flow, widths, header, header.Select(c => c.Count).ToList(), fill: true);

        foreach (var row in table.Rows)
        {
            var left = row.Select((c, i) => (IReadOnlyList<CellLine>)Lines(flow.Graphics, c, widths[i])).ToList();
            while (true)
            {
                if (Height(left) <= flow.Remaining)
                {
                    DrawSegment(flow, widths, left, left.Select(c => c.Count).ToList(), fill: false);
                    break;
                }

                var room = flow.Remaining - 2 * Padding;
                if (room >= MinimumSplitLines * LineHeight)
                {
                    var taken = left.Select(c => Fitting(c, room)).ToList();
                    if (taken.Any(t => t > 0))
                        DrawSegment(flow, widths, left, taken, fill: false);
                    left = left.Select((c, i) => (IReadOnlyList<CellLine>)c.Skip(taken[i]).Select((l, j) => j == 0 ? l with { Gap = 0 } : l).ToList()).ToList();
                }

                flow.NewPage();
                DrawSegment(flow, widths, header, header.Select(c => c.Count).ToList(), fill: true);
            }
        }

        flow.Y += 8;
    }

    private static List<CellLine> Lines(XGraphics measure, DocCell cell, double width)
    {
        var font = cell.Bold ? PdfFonts.Bold(PdfStyle.TableSize) : PdfFonts.Regular(PdfStyle.TableSize);
        var lines = new List<CellLine>();
        foreach (var paragraph in cell.Lines)
        {
            var gap = lines.Count == 0 ? 0 : LineHeight * 0.4;
            foreach (var text in TextWrap.Lines(measure, paragraph, font, width - 2 * Padding))
            {
                lines.Add(new CellLine(text, font, cell.Centered, gap));
                gap = 0;
            }
        }

        return lines;
    }

    private static double Height(IEnumerable<IReadOnlyList<CellLine>> cells) =>
        cells.Max(c => c.Sum(l => l.Height)) + 2 * Padding;

    /// <summary>How many lines fit; cut between two competences rather than inside one, unless the first alone is too long.</summary>
    private static int Fitting(IReadOnlyList<CellLine> lines, double room)
    {
        var used = 0.0;
        var count = 0;
        while (count < lines.Count && used + lines[count].Height <= room)
            used += lines[count++].Height;
        if (count == lines.Count)
            return count;
        var paragraphStart = count;
        while (paragraphStart > 0 && lines[paragraphStart].Gap == 0)
            paragraphStart--;
        return paragraphStart > 0 ? paragraphStart : count;
    }

    private static void DrawSegment(PdfPageFlow flow, List<double> widths, IReadOnlyList<IReadOnlyList<CellLine>> cells, IReadOnlyList<int> counts, bool fill)
    {
        var g = flow.Graphics;
        var height = cells.Select((c, i) => c.Take(counts[i]).Sum(l => l.Height)).Max() + 2 * Padding;
        var x = flow.Left;
        for (var i = 0; i < cells.Count; i++)
        {
            if (fill)
                g.DrawRectangle(PdfStyle.HeaderFill, x, flow.Y, widths[i], height);
            g.DrawRectangle(PdfStyle.Grid, x, flow.Y, widths[i], height);
            var y = flow.Y + Padding;
            foreach (var line in cells[i].Take(counts[i]))
            {
                y += line.Gap;
                var textX = line.Centered ? x + (widths[i] - g.MeasureString(line.Text, line.Font).Width) / 2 : x + Padding;
                g.DrawString(line.Text, line.Font, PdfStyle.Text, textX, y + (LineHeight - PdfStyle.TableSize) / 2, XStringFormats.TopLeft);
                y += LineHeight;
            }

            x += widths[i];
        }

        flow.Y += height;
    }
}
