using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using CqpBot.Documents;
using CqpBot.Documents.Json;
using CqpBot.Documents.Pdf;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Records;

namespace CqpBot.Bench;

/// <summary>
/// What the documents of a full record cost, per CQP with a guide (issue 8: DOCX + PDF at most 300 ms). The record is
/// <see cref="FilledRecords"/>: every row answered with a 2 000-character wish (the most the interview takes), the
/// longest documents a guide gives.
/// </summary>
[MemoryDiagnoser]
public partial class RecordDocumentBenchmarks
{
    private readonly GuideDocx docx = new(TimeProvider.System);
    private readonly GuidePdf pdf = new(TimeProvider.System, PdfSharpLicence.Agpl);
    private InterviewRecord record = null!;

    /// <summary>Read from dialogs/, so that a guide added or removed changes the runs without editing this file.</summary>
    public static IEnumerable<string> Cqps => DialogsLoader.Load(RepoRoot.Dialogs).Runnable.Select(c => c.Id);

    [ParamsSource(nameof(Cqps))]
    public string Cqp { get; set; } = "";

    [GlobalSetup(Targets = [nameof(Docx), nameof(Pdf)])]
    public void Setup() => record = FilledRecords.Of(DialogsLoader.Load(RepoRoot.Dialogs), Cqp);

    /// <summary>Each benchmark runs in its own process: the sizes are told by one of the three, once per CQP.</summary>
    [GlobalSetup(Target = nameof(DocxAndPdf))]
    public void SetupAndTellSizes()
    {
        Setup();
        var pdfBytes = Write(pdf);
        Console.WriteLine($"// {Cqp}: {record.Blocs.Sum(b => b.Rows.Count)} rows, JSON {Write(new RecordJson()).Length} bytes, "
            + $"DOCX {Write(docx).Length} bytes, PDF {pdfBytes.Length} bytes ({CountPages(pdfBytes)} pages)");
    }

    [Benchmark]
    public byte[] Docx() => Write(docx);

    [Benchmark]
    public byte[] Pdf() => Write(pdf);

    /// <summary>What a download of both documents of one record costs: the figure the 300 ms target is about.</summary>
    [Benchmark]
    public int DocxAndPdf() => Write(docx).Length + Write(pdf).Length;

    private byte[] Write(IRecordDocument document)
    {
        using var stream = new MemoryStream();
        document.Write(record, stream);
        return stream.ToArray();
    }

    // Each page object of the PDF says "/Type /Page" (the page tree says "/Type /Pages").
    private static int CountPages(byte[] pdfBytes) => PageObject().Count(Encoding.Latin1.GetString(pdfBytes));

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();
}
