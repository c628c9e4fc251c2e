using PdfSharp;

namespace CqpBot.Documents.Pdf;

/// <summary>
/// PDFsharp 6.5 refuses to write a PDF until a licence is loaded: the free AGPL one or a commercial key. Which one
/// applies to a deployment is the operator's decision, so it comes from configuration (Documents:PdfSharpLicense),
/// never from the code.
/// </summary>
public static class PdfSharpLicence
{
    public const string Agpl = "AGPL";

    private static readonly Lock Gate = new();
    private static bool loaded;

    /// <summary>Loads <paramref name="setting"/> ("AGPL" or a licence key) once per process; a key PDFsharp cannot read throws.</summary>
    public static void Load(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        lock (Gate)
        {
            if (loaded)
                return;
            try
            {
                if (string.Equals(setting.Trim(), Agpl, StringComparison.OrdinalIgnoreCase))
                    PdfSharpLicense.SetAgplLicense();
                else
                    PdfSharpLicense.LoadLicense(setting.Trim());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidOperationException("Documents:PdfSharpLicense is not a valid PDFsharp 6.5 licence (use \"AGPL\" or a commercial key).", e);
            }

            loaded = true;
        }
    }
}
