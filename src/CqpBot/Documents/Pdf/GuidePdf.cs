using CqpBot.Documents.Content;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CqpBot.Documents.Pdf;

/// <summary>The filled guide as a PDF (A4, DejaVu Sans embedded): the copy to print, sign and send to the OEMM.</summary>
public sealed class GuidePdf : GuideDocument
{
    private const double SignatureHeight = 56;

    /// <param name="licence">"AGPL" or a PDFsharp licence key: see <see cref="PdfSharpLicence"/>.</param>
    public GuidePdf(TimeProvider clock, string licence)
        : base(clock)
    {
        PdfSharpLicence.Load(licence);
    }

    public override string Format => "pdf";

    public override string ContentType => "application/pdf";

    public override string Extension => ".pdf";

    protected override void Render(GuideContent content, DateTimeOffset generatedAt, Stream stream)
    {
        using var document = new PdfDocument();
        document.Info.Title = content.Title;
        document.Info.Creator = "CqpBot";
        document.Info.CreationDate = generatedAt.UtcDateTime;
        document.Language = "fr-FR";

        using (var flow = new PdfPageFlow(document))
        {
            foreach (var block in content.Blocks)
                Draw(flow, block);
            flow.Finish(content.Footer, PdfFonts.Regular(PdfStyle.FooterSize));
        }

        document.Save(stream, closeStream: false);
    }

    private static void Draw(PdfPageFlow flow, DocBlock block)
    {
        switch (block)
        {
            case DocHeading h:
                Heading(flow, h);
                break;
            case DocParagraph p:
                Paragraph(flow, p);
                break;
            case DocField f:
                Field(flow, f);
                break;
            case DocSignature s:
                Signature(flow, s);
                break;
            case DocTable t:
                PdfTable.Draw(flow, t);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown block");
        }
    }

    private static void Heading(PdfPageFlow flow, DocHeading heading)
    {
        var (font, brush, before, after, centered) = heading.Level switch
        {
            HeadingLevel.Title => (PdfFonts.Bold(16), PdfStyle.Title, 0.0, 6.0, true),
            HeadingLevel.Subtitle => (PdfFonts.Bold(13), PdfStyle.Title, 0.0, 12.0, true),
            HeadingLevel.Section => (PdfFonts.Bold(12), PdfStyle.Title, 14.0, 6.0, false),
            _ => (PdfFonts.Bold(10.5), PdfStyle.Text, 10.0, 4.0, false),
        };
        var lines = TextWrap.Lines(flow.Graphics, heading.Text, font, flow.Width);
        // A heading keeps with what follows: room for it and a few lines, or a new page.
        flow.Ensure(before + Height(lines.Count, font) + after + 4 * PdfStyle.BodySize * PdfStyle.LineSpacing);
        if (!flow.AtPageTop)
            flow.Y += before;
        DrawLines(flow, lines, font, brush, flow.Left, centered);
        flow.Y += after;
    }

    private static void Paragraph(PdfPageFlow flow, DocParagraph paragraph)
    {
        switch (paragraph.Kind)
        {
            case ParagraphKind.Notice:
                Notice(flow, paragraph.Text);
                break;
            case ParagraphKind.Bullet:
                var font = PdfFonts.Regular(PdfStyle.BodySize);
                var indent = 14.0;
                var lines = TextWrap.Lines(flow.Graphics, paragraph.Text, font, flow.Width - indent);
                flow.Ensure(LineHeight(font));
                flow.Graphics.DrawString("•", font, PdfStyle.Text, flow.Left + 4, flow.Y, XStringFormats.TopLeft);
                DrawLines(flow, lines, font, PdfStyle.Text, flow.Left + indent);
                flow.Y += 2;
                break;
            default:
                var body = paragraph.Kind == ParagraphKind.Strong ? PdfFonts.Bold(PdfStyle.BodySize) : PdfFonts.Regular(PdfStyle.BodySize);
                DrawLines(flow, TextWrap.Lines(flow.Graphics, paragraph.Text, body, flow.Width), body, PdfStyle.Text, flow.Left);
                flow.Y += 4;
                break;
        }
    }

    /// <summary>Bold red text in a red frame; a notice is a sentence or two, so it is kept on one page.</summary>
    private static void Notice(PdfPageFlow flow, string text)
    {
        const double pad = 5;
        var font = PdfFonts.Bold(PdfStyle.BodySize);
        var lines = TextWrap.Lines(flow.Graphics, text, font, flow.Width - 2 * pad);
        var height = Height(lines.Count, font) + 2 * pad;
        flow.Ensure(height + 6);
        flow.Y += 3;
        flow.Graphics.DrawRectangle(PdfStyle.AlertFrame, flow.Left, flow.Y, flow.Width, height);
        flow.Y += pad;
        DrawLines(flow, lines, font, PdfStyle.Alert, flow.Left + pad);
        flow.Y += pad + 6;
    }

    /// <summary>"Label : value", the label in bold, the value wrapping under it.</summary>
    private static void Field(PdfPageFlow flow, DocField field)
    {
        var bold = PdfFonts.Bold(PdfStyle.BodySize);
        var regular = PdfFonts.Regular(PdfStyle.BodySize);
        var label = field.Label + " : ";
        var labelWidth = flow.Graphics.MeasureString(label, bold).Width;
        var inline = labelWidth < flow.Width * 0.6;
        var lines = TextWrap.Lines(flow.Graphics, field.Value, regular, flow.Width, inline ? flow.Width - labelWidth : null);
        flow.Ensure(LineHeight(regular) * Math.Min(2, lines.Count + 1));
        flow.Graphics.DrawString(label, bold, PdfStyle.Text, flow.Left, flow.Y, XStringFormats.TopLeft);
        if (inline)
        {
            flow.Graphics.DrawString(lines[0], regular, PdfStyle.Text, flow.Left + labelWidth, flow.Y, XStringFormats.TopLeft);
            flow.Y += LineHeight(regular);
            DrawLines(flow, lines.Skip(1).ToList(), regular, PdfStyle.Text, flow.Left);
        }
        else
        {
            flow.Y += LineHeight(regular);
            DrawLines(flow, lines, regular, PdfStyle.Text, flow.Left);
        }

        flow.Y += 3;
    }

    private static void Signature(PdfPageFlow flow, DocSignature signature)
    {
        var bold = PdfFonts.Bold(PdfStyle.BodySize);
        var lines = TextWrap.Lines(flow.Graphics, signature.Label + " :", bold, flow.Width);
        flow.Ensure(Height(lines.Count, bold) + SignatureHeight + 8);
        DrawLines(flow, lines, bold, PdfStyle.Text, flow.Left);
        flow.Y += 2;
        flow.Graphics.DrawRectangle(PdfStyle.Grid, flow.Left, flow.Y, flow.Width, SignatureHeight);
        flow.Y += SignatureHeight + 8;
    }

    /// <summary>Draws lines one by one, moving to a new page whenever the next one does not fit.</summary>
    private static void DrawLines(PdfPageFlow flow, IReadOnlyList<string> lines, XFont font, XBrush brush, double x, bool centered = false)
    {
        var height = LineHeight(font);
        foreach (var line in lines)
        {
            flow.Ensure(height);
            var at = centered ? flow.Left + (flow.Width - flow.Graphics.MeasureString(line, font).Width) / 2 : x;
            flow.Graphics.DrawString(line, font, brush, at, flow.Y, XStringFormats.TopLeft);
            flow.Y += height;
        }
    }

    private static double LineHeight(XFont font) => font.Size * PdfStyle.LineSpacing;

    private static double Height(int lines, XFont font) => lines * LineHeight(font);
}
