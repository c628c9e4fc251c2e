using PdfSharp.Fonts;

namespace CqpBot.Documents.Pdf;

/// <summary>
/// Serves one sans-serif family from the TrueType files Debian installs (fonts-dejavu-core, else fonts-liberation):
/// PDFsharp 6 has no access to system fonts on Linux. DejaVu comes first because it also has ☐ and ☑.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    public const string Family = "CqpBot Sans";

    // Regular and bold only: the documents use no italic, and fonts-dejavu-core (what .ci/setup.sh installs) has no oblique faces.
    private static readonly string[][] Candidates =
    [
        ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
        ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"],
    ];

    private readonly string[] files;
    private readonly Dictionary<string, byte[]> loaded = [];
    private readonly Lock gate = new();

    public SystemFontResolver()
    {
        files = Candidates.FirstOrDefault(set => set.All(File.Exists))
            ?? throw new InvalidOperationException(
                "Aucune police TrueType trouvée pour le PDF : installez le paquet Debian fonts-dejavu-core (ou fonts-liberation), voir .ci/setup.sh.");
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every family asked for gets the same face: the documents use only this one; italic is never asked for.
        new(bold ? FaceNames[1] : FaceNames[0]);

    public byte[]? GetFont(string faceName)
    {
        var index = Array.IndexOf(FaceNames, faceName);
        if (index < 0)
            return null;
        lock (gate)
        {
            if (!loaded.TryGetValue(faceName, out var bytes))
                loaded[faceName] = bytes = File.ReadAllBytes(files[index]);
            return bytes;
        }
    }

    private static readonly string[] FaceNames = ["cqpbot-regular", "cqpbot-bold"];
}
