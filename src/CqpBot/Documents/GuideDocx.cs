using System.Globalization;
using CqpBot.Documents.Content;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqpBot.Documents;

/// <summary>The filled guide as a Word document (A4), editable by the centre before it is signed and sent to the OEMM.</summary>
public sealed class GuideDocx(TimeProvider clock) : GuideDocument(clock)
{
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - 2 * Margin;
    private const string HeaderFill = "DCE6F1";

    public override string Format => "docx";

    public override string ContentType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public override string Extension => ".docx";

    protected override void Render(GuideContent content, DateTimeOffset generatedAt, Stream stream)
    {
        // OpenXml needs a seekable stream: an HTTP response body is not one.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(FooterParagraph(content.Footer));

            var body = new Body();
            foreach (var block in content.Blocks)
                body.Append(Render(block));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);

            document.PackageProperties.Title = content.Title;
            document.PackageProperties.Creator = "CqpBot";
            document.PackageProperties.Created = generatedAt.UtcDateTime;
            document.PackageProperties.Language = "fr-FR";
        }

        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static IEnumerable<OpenXmlElement> Render(DocBlock block) => block switch
    {
        DocHeading h => [Para(h.Text, h.Level switch
        {
            HeadingLevel.Title => "Title",
            HeadingLevel.Subtitle => "Subtitle",
            HeadingLevel.Section => "Heading1",
            _ => "Heading2",
        })],
        DocParagraph p => [Paragraph(p)],
        DocField f => [Field(f)],
        DocSignature s => [Para(s.Label + " :", "FieldLabel"), SignatureBox()],
        DocTable t => [Table(t), new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }))],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown block"),
    };

    private static Paragraph Paragraph(DocParagraph p) => p.Kind switch
    {
        ParagraphKind.Bullet => new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Bullet" }),
            new Run(new Text("•")), new Run(new TabChar()), new Run(Text(p.Text))),
        ParagraphKind.Strong => Para(p.Text, null, bold: true),
        ParagraphKind.Notice => Para(p.Text, "Notice"),
        _ => Para(p.Text, null),
    };

    private static Paragraph Field(DocField f) => new(
        new Run(new RunProperties(new Bold()), Text(f.Label + " : ")),
        new Run(Text(f.Value)));

    private static Paragraph Para(string text, string? style, bool bold = false, JustificationValues? justification = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
            properties.Append(new ParagraphStyleId { Val = style });
        if (justification is { } j)
            properties.Append(new Justification { Val = j });
        var run = bold ? new Run(new RunProperties(new Bold()), Text(text)) : new Run(Text(text));
        return new Paragraph(properties, run);
    }

    /// <summary>The footer line, then "Page n / N" as Word fields: Word counts the pages when it lays the document out.</summary>
    private static Paragraph FooterParagraph(string text)
    {
        var paragraph = Para(text + " · Page ", "Footer");
        paragraph.Append(
            new SimpleField(new Run(Text("1"))) { Instruction = "PAGE" },
            new Run(Text(" / ")),
            new SimpleField(new Run(Text("1"))) { Instruction = "NUMPAGES" });
        return paragraph;
    }

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>A bordered empty cell, tall enough for a signature or a stamp.</summary>
    private static Table SignatureBox() => new(
        TableProperties(),
        new TableGrid(new GridColumn { Width = TextWidth.ToString(CultureInfo.InvariantCulture) }),
        new TableRow(
            new TableRowProperties(new TableRowHeight { Val = 1300, HeightType = HeightRuleValues.AtLeast }),
            new TableCell(new TableCellProperties(Width(TextWidth)), new Paragraph())));

    private static Table Table(DocTable t)
    {
        var total = t.Widths.Sum();
        var widths = t.Widths.Select(w => (int)(TextWidth * w / total)).ToList();
        var table = new Table(TableProperties(), new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        // The header row repeats on every page, as in the paper guide's long tables.
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(t.Header.Select((h, i) => new TableCell(
            new TableCellProperties(Width(widths[i]), new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill }),
            Para(h, "TableText", bold: true))));
        table.Append(header);

        foreach (var row in t.Rows)
            table.Append(new TableRow(row.Select((cell, i) => Cell(cell, widths[i]))));

        return table;
    }

    private static TableCell Cell(DocCell cell, int width)
    {
        var result = new TableCell(new TableCellProperties(Width(width)));
        if (cell.Lines.Count == 0)
            result.Append(Para("", "TableText"));
        result.Append(cell.Lines.Select(line => Para(line, "TableText", cell.Bold, cell.Centered ? JustificationValues.Center : null)));
        return result;
    }

    private static TableCellWidth Width(int twips) =>
        new() { Width = twips.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa };

    private static TableProperties TableProperties() => new(
        new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
        new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "808080" }),
        new TableLayout { Type = TableLayoutValues.Fixed },
        new TableCellMarginDefault(
            new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
}
