using CqpBot.Documents.Json;
using CqpBot.Documents.Pdf;
using CqpBot.Domain.Records;
using CqpBot.Domain.Tests;

namespace CqpBot.Documents.Tests;

/// <summary>The documents under test, at a fixed generation time, and where samples are written for a person to open.</summary>
public static class Documents
{
    public static readonly FixedClock Clock = FixedClock.At(2026, 11, 23);

    public static readonly GuideDocx Docx = new(Clock);

    // Tests run PDFsharp under its AGPL licence; a deployment chooses its own (Documents:PdfSharpLicense).
    public static readonly GuidePdf Pdf = new(Clock, PdfSharpLicence.Agpl);

    public static readonly RecordJson Json = new();

    public static string SamplesFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "samples")).FullName;

    public static byte[] Write(IRecordDocument document, InterviewRecord record)
    {
        using var stream = new MemoryStream();
        document.Write(record, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the bytes under samples/ and returns the path (the report names these files).</summary>
    public static string Keep(string name, byte[] bytes)
    {
        var path = Path.Combine(SamplesFolder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
