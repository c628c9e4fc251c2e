using System.Diagnostics;
using System.Globalization;
using CqpBot.Documents;
using CqpBot.Documents.Json;
using CqpBot.Documents.Pdf;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;

// Usage: dotnet run -c Release --project bench/Documents [dialogs folder] [iterations]
var dialogs = args.Length > 0 ? args[0] : Path.Combine(FindRoot(), "dialogs");
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
var library = DialogsLoader.Load(dialogs);
var clock = TimeProvider.System;
IRecordDocument[] documents = [new GuideDocx(clock), new GuidePdf(clock, PdfSharpLicence.Agpl), new RecordJson()];

Console.WriteLine($"{iterations} documents of each kind per CQP, after one warm-up; every row answered 'partiel' with a 300-character wish.");
Console.WriteLine("CQP;rows;JSON bytes;DOCX bytes;PDF bytes;PDF pages;DOCX ms (median);PDF ms (median);JSON ms (median)");
foreach (var cqp in library.Runnable)
{
    var record = FilledRecord(library, cqp.Id);
    var sizes = documents.Select(d => Write(d, record).Length).ToList();
    var medians = documents.Select(d => Median(d, record, iterations)).ToList();
    var pages = CountPages(Write(documents[1], record));
    Console.WriteLine(string.Join(';', cqp.Id, record.Blocs.Sum(b => b.Rows.Count), sizes[2], sizes[0], sizes[1], pages,
        medians[0].ToString("F1", CultureInfo.InvariantCulture), medians[1].ToString("F1", CultureInfo.InvariantCulture), medians[2].ToString("F2", CultureInfo.InvariantCulture)));
}

return 0;

// A finished Entretien built directly as state: header, profile, every row answered with a wish.
static InterviewRecord FilledRecord(GuideLibrary library, string cqpId)
{
    var loaded = library.Guides[cqpId];
    var guide = loaded.Guide;
    var partial = library.Catalogue.Scale(guide.AnswerScale)!.Choices.First(c => c.Level == "partiel").Id;
    var wish = string.Concat(Enumerable.Repeat("Formation à l'accueil téléphonique et à la gestion des réclamations. ", 5))[..300];
    var now = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    var state = new InterviewState
    {
        Id = "bench-" + cqpId,
        Mode = Mode.Entretien,
        Step = new Step(StepKind.Completed),
        ConsentGiven = true,
        StartedAt = now,
        UpdatedAt = now,
        CompletedAt = now,
        Header = new Header(DateOnly.FromDateTime(now.DateTime), "Zoé Lefèvre-Çelik", "Dominique Durand", "Responsable formation", "Mutuelle de l'Ouest"),
        CqpId = cqpId,
        GuideVersion = guide.Version,
        GuideFingerprint = loaded.Fingerprint,
        Profile = new Profile { ExperienceMonths = 36, Sector = "mutualite", Contacts = ["face-a-face", "telephone"], ExperienceFrame = "salarie", Motivation = "Faire reconnaître mon expérience", VaeWish = "non", Justificatifs = [] },
        Answers = guide.Blocs.SelectMany(b => b.Rows).ToDictionary(r => r.Id, _ => new RowAnswer(partial, wish)),
    };
    return RecordBuilder.Build(state, guide, library.Catalogue);
}

static byte[] Write(IRecordDocument document, InterviewRecord record)
{
    using var stream = new MemoryStream();
    document.Write(record, stream);
    return stream.ToArray();
}

static double Median(IRecordDocument document, InterviewRecord record, int iterations)
{
    Write(document, record);
    var times = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        Write(document, record);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

// Each page object of the PDF says "/Type /Page" (the page tree says "/Type /Pages").
static int CountPages(byte[] pdf) =>
    System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b(?!s)").Count;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CqpBot.sln")))
        dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("CqpBot.sln not found");
}
