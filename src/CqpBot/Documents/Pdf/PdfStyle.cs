using PdfSharp.Drawing;

namespace CqpBot.Documents.Pdf;

/// <summary>The PDF's sizes and colours, matching the DOCX styles (DocxStyles) so both read as the same guide.</summary>
internal static class PdfStyle
{
    public const double BodySize = 9.5;
    public const double TableSize = 8;
    public const double FooterSize = 7;
    public const double LineSpacing = 1.3;

    public static readonly XBrush Text = XBrushes.Black;
    public static readonly XBrush Title = new XSolidBrush(XColor.FromArgb(0x1F, 0x38, 0x64));
    public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x59, 0x59, 0x59));
    public static readonly XBrush Alert = new XSolidBrush(XColor.FromArgb(0xC0, 0x00, 0x00));
    public static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xDC, 0xE6, 0xF1));
    public static readonly XPen Grid = new(XColor.FromArgb(0x80, 0x80, 0x80), 0.5);
    public static readonly XPen AlertFrame = new(XColor.FromArgb(0xC0, 0x00, 0x00), 1);
}
