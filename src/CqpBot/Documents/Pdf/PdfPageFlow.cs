using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CqpBot.Documents.Pdf;

/// <summary>
/// Lays content down A4 pages from top to bottom: the renderers ask for room, and a new page starts when there is none.
/// Footers are drawn at the end, when the page count is known.
/// </summary>
internal sealed class PdfPageFlow : IDisposable
{
    public const double Margin = 48;
    private const double FooterHeight = 30;

    private readonly PdfDocument document;
    private PdfPage page;

    public PdfPageFlow(PdfDocument document)
    {
        this.document = document;
        page = AddPage();
        Graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    public XGraphics Graphics { get; private set; }

    public double Y { get; set; }

    public double Left => Margin;

    public double Width => page.Width.Point - 2 * Margin;

    public double Top => Margin;

    public double Bottom => page.Height.Point - Margin - FooterHeight;

    public double Remaining => Bottom - Y;

    /// <summary>The height of a whole page's body: content taller than this must be split.</summary>
    public double PageBody => Bottom - Top;

    public bool AtPageTop => Y <= Top;

    public void NewPage()
    {
        Graphics.Dispose();
        page = AddPage();
        Graphics = XGraphics.FromPdfPage(page);
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below (or nothing would fit better on a new page).</summary>
    public void Ensure(double height)
    {
        if (height > Remaining && !AtPageTop)
            NewPage();
    }

    /// <summary>The footer line and "Page n / N" on every page.</summary>
    public void Finish(string footer, XFont font)
    {
        Graphics.Dispose();
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var p = document.Pages[i];
            using var g = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            var y = p.Height.Point - Margin - FooterHeight + 14;
            var number = $"Page {i + 1} / {count}";
            var numberWidth = g.MeasureString(number, font).Width;
            g.DrawLine(new XPen(XColor.FromArgb(0xBF, 0xBF, 0xBF), 0.5), Margin, y - 4, p.Width.Point - Margin, y - 4);
            var lines = TextWrap.Lines(g, footer, font, p.Width.Point - 2 * Margin - numberWidth - 12);
            for (var l = 0; l < lines.Count; l++)
                g.DrawString(lines[l], font, PdfStyle.Muted, Margin, y + l * font.Size * 1.25, XStringFormats.TopLeft);
            g.DrawString(number, font, PdfStyle.Muted, p.Width.Point - Margin - numberWidth, y, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => Graphics.Dispose();

    private PdfPage AddPage()
    {
        var added = document.AddPage();
        added.Size = PageSize.A4;
        return added;
    }
}
