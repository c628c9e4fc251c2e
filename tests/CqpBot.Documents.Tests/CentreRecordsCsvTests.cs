using System.Text;
using CqpBot.Documents.Csv;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Tests;

/// <summary>The centre's CSV: read back with an RFC 4180 reader (';' separator) and compared with the records.</summary>
public class CentreRecordsCsvTests
{
    private static readonly Lazy<IReadOnlyList<InterviewRecord>> Records = new(() =>
    [
        SampleRecords.Entretien(),
        // A name with the separator, quotes, a line break and a formula start: each must come back as typed, and inert.
        SampleRecords.Entretien(candidate: "=Dupont; \"Jo\"\nMarie"),
    ]);

    private static byte[] Export(IEnumerable<InterviewRecord> records)
    {
        using var stream = new MemoryStream();
        new CentreRecordsCsv().Write(records, stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_so_excel_reads_the_accents()
    {
        var bytes = Export(Records.Value);
        Documents.Keep("centre.csv", bytes);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Contains(SampleRecords.Organisation, Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void One_line_per_interview_with_header_fields_and_per_bloc_orientation_columns()
    {
        var rows = Read(Export(Records.Value));
        var header = rows[0];
        Assert.Equal(Records.Value.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        var first = Line(rows, 1);
        var record = Records.Value[0];
        Assert.Equal(record.InterviewId, first["Entretien"]);
        Assert.Equal("Terminé", first["Statut"]);
        Assert.Equal("23/11/2026", first["Date de l'entretien"]);
        Assert.Equal(SampleRecords.Title, first["CQP"]);
        Assert.Equal(SampleRecords.Candidate, first["Candidat"]);
        Assert.Equal(SampleRecords.Organisation, first["Entreprise ou organisme de formation"]);
        Assert.Equal("Ensemble du CQP", first["Périmètre"]);
        foreach (var bloc in record.Blocs)
            Assert.Equal(Domain.Orientation.OrientationLabels.Short(bloc.Orientation!.Final), first[$"Bloc {bloc.Number} : orientation"]);
        Assert.Equal("Formation", first["Bloc 2 : orientation"]);
        Assert.Equal("Évaluation directe → Formation : " + SampleRecords.OverrideReason, first["Bloc 2 : décision de l'intervenant"]);
        Assert.Equal("", first["Bloc 1 : décision de l'intervenant"]);
    }

    [Fact]
    public void A_field_with_separator_quotes_or_line_break_is_quoted_and_a_formula_start_is_made_inert()
    {
        var bytes = Export(Records.Value);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\"'=Dupont; \"\"Jo\"\"\nMarie\"", text);
        Assert.Equal("'=Dupont; \"Jo\"\nMarie", Line(Read(bytes), 2)["Candidat"]);
    }

    [Fact]
    public void No_records_give_just_the_header_line()
    {
        var rows = Read(Export([]));
        Assert.Single(rows);
        Assert.Equal("Entretien", rows[0][0]);
    }

    private static Dictionary<string, string> Line(IReadOnlyList<IReadOnlyList<string>> rows, int index) =>
        rows[0].Zip(rows[index]).ToDictionary(p => p.First, p => p.Second);

    /// <summary>A strict RFC 4180 reader with ';': quoted fields may hold ';', doubled quotes and line breaks; lines end in CRLF.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Read(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (!(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')))
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 2 : 1;
                }

                i++;
                continue;
            }

            if (text[i] == ';')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
