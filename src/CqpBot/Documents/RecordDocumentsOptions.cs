namespace CqpBot.Documents;

/// <summary>The "Documents" configuration section.</summary>
public sealed class RecordDocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>"AGPL" or a PDFsharp commercial key; empty means no PDF is offered (see <see cref="Pdf.PdfSharpLicence"/>).</summary>
    public string? PdfSharpLicense { get; set; }
}
