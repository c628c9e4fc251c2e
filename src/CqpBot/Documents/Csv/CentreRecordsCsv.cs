using System.Globalization;
using System.Text;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Csv;

/// <summary>
/// A centre's interviews in one sheet: one line per interview, then per bloc number the orientation retained and,
/// when the interviewer changed it, the reason. UTF-8 with a byte order mark so that Excel reads the accents.
/// </summary>
public sealed class CentreRecordsCsv : IRecordsExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly (string Header, Func<InterviewRecord, string?> Value)[] Columns =
    [
        ("Entretien", r => r.InterviewId),
        ("Statut", r => RecordLabels.Status(r.Status)),
        ("Mode", r => RecordLabels.Mode(r.Mode)),
        ("Date de l'entretien", RecordLabels.InterviewDate),
        ("Début (UTC)", r => Timestamp(r.StartedAt)),
        ("Fin (UTC)", r => r.CompletedAt is { } at ? Timestamp(at) : null),
        ("CQP", r => r.CqpTitle),
        ("Version du guide", r => r.GuideVersion),
        ("Candidat", r => r.Header?.CandidateName),
        ("Personne ayant réalisé l'entretien", r => r.Header?.InterviewerName),
        ("Fonction", r => r.Header?.InterviewerFunction),
        ("Entreprise ou organisme de formation", r => r.Header?.Organisation),
        ("Périmètre", RecordLabels.Scope),
        ("Recevabilité VAE", r => r.Recevabilite is null ? null : r.Recevabilite.Admissible ? "Recevable" : "Non recevable"),
        ("Pièces justificatives disponibles", r => string.Join(" | ", r.Justificatifs.Where(j => j.Available).Select(j => j.Text))),
        ("Suite du parcours", r => r.NextStep),
    ];

    public string ContentType => "text/csv; charset=utf-8";

    public string Extension => ".csv";

    public void Write(IEnumerable<InterviewRecord> records, Stream stream)
    {
        var all = records.ToList();
        var blocNumbers = all.SelectMany(r => r.Blocs.Select(b => b.Number)).Distinct().Order().ToList();
        using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);

        writer.Write(CsvLine.Of(Columns.Select(c => c.Header).Concat(blocNumbers.SelectMany(BlocHeaders))));
        foreach (var record in all)
            writer.Write(CsvLine.Of(Columns.Select(c => c.Value(record)).Concat(blocNumbers.SelectMany(n => BlocValues(record, n)))));
    }

    /// <summary>Records of different CQPs share the columns by bloc number; each CQP says "Bloc" or "Domaine" in its own rows.</summary>
    private static IEnumerable<string> BlocHeaders(int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return [$"Bloc {n} : orientation", $"Bloc {n} : décision de l'intervenant"];
    }

    private static IEnumerable<string?> BlocValues(InterviewRecord record, int number)
    {
        var orientation = record.Blocs.FirstOrDefault(b => b.Number == number)?.Orientation;
        return
        [
            orientation is null ? null : OrientationLabels.Short(orientation.Final),
            orientation?.Override is { } decision
                ? $"{OrientationLabels.Short(orientation.Computed)} → {OrientationLabels.Short(decision.Orientation)} : {decision.Reason}"
                : null,
        ];
    }

    private static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
