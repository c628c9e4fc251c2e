using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CqpBot.Documents.Pdf;

/// <summary>The PDF's fonts: the resolver is registered once per process, before the first font is built.</summary>
internal static class PdfFonts
{
    private static readonly Lock Gate = new();
    private static volatile bool registered;

    /// <summary>Unicode encoding: accents, œ, « » and ☐/☑ as real characters that a reader can search and copy.</summary>
    private static readonly XPdfFontOptions Options = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private static void EnsureRegistered()
    {
        if (registered)
            return;
        lock (Gate)
        {
            if (registered)
                return;
            // PDFsharp allows setting the resolver only once per process; another part of the host may have done it.
            GlobalFontSettings.FontResolver ??= new SystemFontResolver();
            registered = true;
        }
    }

    public static XFont Regular(double size) => Font(size, XFontStyleEx.Regular);

    public static XFont Bold(double size) => Font(size, XFontStyleEx.Bold);

    private static XFont Font(double size, XFontStyleEx style)
    {
        EnsureRegistered();
        return new XFont(SystemFontResolver.Family, size, style, Options);
    }
}
