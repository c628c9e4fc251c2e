using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqpBot.Documents.Tests;

/// <summary>A DOCX read back with OpenXml: the body's paragraphs outside tables, and each table as rows of cell texts.</summary>
public sealed class OpenedDocx
{
    private OpenedDocx(IReadOnlyList<string> paragraphs, IReadOnlyList<Table> tables, string footer, IReadOnlyList<string> footerFields, string title)
    {
        FooterFields = footerFields;
        Paragraphs = paragraphs;
        Tables = tables;
        Footer = footer;
        Title = title;
    }

    public IReadOnlyList<string> Paragraphs { get; }

    public IReadOnlyList<Table> Tables { get; }

    public string Footer { get; }

    /// <summary>The Word fields of the footer (PAGE, NUMPAGES), by instruction.</summary>
    public IReadOnlyList<string> FooterFields { get; }

    public string Title { get; }

    public static OpenedDocx Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var tables = body.Elements<Table>().Select(t => (Table)t.CloneNode(true)).ToList();
        var footer = string.Join("\n", document.MainDocumentPart.FooterParts.Select(f => f.Footer.InnerText));
        var fields = document.MainDocumentPart.FooterParts.SelectMany(f => f.Footer.Descendants<SimpleField>()).Select(f => f.Instruction?.Value?.Trim() ?? "").ToList();
        return new OpenedDocx(paragraphs, tables, footer, fields, document.PackageProperties.Title ?? "");
    }

    /// <summary>Rows of cell texts, a cell's paragraphs joined by a line break.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>()
            .Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList();

    /// <summary>The value of the "Label : value" paragraph.</summary>
    public string Field(string label)
    {
        var prefix = label + " : ";
        var line = Paragraphs.FirstOrDefault(p => p.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No field '{label}' in:\n{string.Join("\n", Paragraphs)}");
        return line[prefix.Length..];
    }
}
