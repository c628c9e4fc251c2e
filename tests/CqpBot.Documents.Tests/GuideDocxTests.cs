using CqpBot.Documents.Content;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Records;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CqpBot.Documents.Tests;

/// <summary>The DOCX guide, opened back with OpenXml and read field by field against the interview's record.</summary>
public class GuideDocxTests
{
    private static readonly Lazy<(InterviewRecord Record, OpenedDocx Docx)> Sample = new(() =>
    {
        var record = SampleRecords.Entretien();
        var bytes = Documents.Write(Documents.Docx, record);
        Documents.Keep("guide-entretien.docx", bytes);
        return (record, OpenedDocx.Read(bytes));
    });

    private static InterviewRecord Record => Sample.Value.Record;

    private static OpenedDocx Docx => Sample.Value.Docx;

    private static IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> BlocTables =>
        Docx.Tables.Select(OpenedDocx.Cells).Where(t => t[0].SequenceEqual(GuideContentBuilder.Columns(Record))).ToList();

    [Fact]
    public void The_docx_is_valid_office_open_xml_for_word_2019()
    {
        using var stream = new MemoryStream(Documents.Write(Documents.Docx, Record));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    [Fact]
    public void The_header_carries_the_date_the_candidate_and_the_interviewer_as_typed()
    {
        Assert.Equal("23/11/2026", Docx.Field("Date de l'entretien"));
        Assert.Equal(SampleRecords.Candidate, Docx.Field("Nom et prénom du candidat"));
        Assert.Equal(SampleRecords.Interviewer, Docx.Field("Nom et prénom"));
        Assert.Equal(SampleRecords.Function, Docx.Field("Fonction"));
        Assert.Equal(SampleRecords.Organisation, Docx.Field("Entreprise ou organisme de formation"));
        Assert.Contains("CQP " + SampleRecords.Title, Docx.Paragraphs);
        Assert.Contains(SampleRecords.Title, Docx.Title);
    }

    [Fact]
    public void Both_signature_areas_are_empty_boxes_under_their_label()
    {
        Assert.Contains("Signature :", Docx.Paragraphs);
        Assert.Contains("Cachet de l'entreprise ou de l'organisme de formation et signature :", Docx.Paragraphs);
        var boxes = Docx.Tables.Where(t => t.Elements<TableRow>().Count() == 1 && t.Elements<TableRow>().Single().Elements<TableCell>().Count() == 1).ToList();
        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, b => Assert.Equal("", b.InnerText));
    }

    [Fact]
    public void The_objectives_are_worded_as_in_the_guide()
    {
        Assert.Contains("Objectifs de l'entretien", Docx.Paragraphs);
        Assert.Contains("2. Orientation du candidat, en fonction de son profil", Docx.Paragraphs);
        Assert.Contains(Docx.Paragraphs, p => p.EndsWith("Soit vers une démarche de validation des acquis de l'expérience.", StringComparison.Ordinal));
        Assert.Equal("Ensemble du CQP", Docx.Field("Périmètre de l'entretien"));
    }

    [Fact]
    public void Each_bloc_has_its_table_of_activities_competences_answer_and_wish_row_by_row()
    {
        Assert.Equal(Record.Blocs.Count, BlocTables.Count);
        for (var b = 0; b < Record.Blocs.Count; b++)
        {
            var bloc = Record.Blocs[b];
            Assert.Contains(GuideContentBuilder.BlocHeading(Record, bloc), Docx.Paragraphs);
            var table = BlocTables[b];
                        Assert.Equal(bloc.Rows.Count, table.Count - 1);
            for (var r = 0; r < bloc.Rows.Count; r++)
            {
                var row = bloc.Rows[r];
                Assert.Equal(row.Activities.Count > 0 ? string.Join("\n", row.Activities) : row.Label, table[r + 1][0]);
                Assert.Equal(string.Join("\n", row.Competences), table[r + 1][1]);
                Assert.Equal(row.Answer, table[r + 1][2]);
                Assert.Equal(row.Wish ?? "", table[r + 1][3]);
            }
        }

        Assert.Equal(["Savoir-faire", "Partiellement", "Formation aux techniques d'accueil téléphonique"], BlocTables[0][1].Where((_, i) => i != 1));
        Assert.Equal(["Savoirs", "En totalité", ""], BlocTables[0][2].Where((_, i) => i != 1));
    }

    [Fact]
    public void The_bloc_tables_repeat_their_header_row_on_each_page()
    {
        var tables = Docx.Tables.Where(t => OpenedDocx.Cells(t).Count > 2).ToList();
        Assert.Equal(Record.Blocs.Count + 1, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void The_conclusion_table_marks_one_way_per_bloc_the_interviewer_decision_included()
    {
        var conclusion = Docx.Tables.Select(OpenedDocx.Cells).Single(t => t[0][0] == "Pour ce domaine");
        Assert.Equal(["Pour ce domaine", "Formation", "Évaluation directe", "VAE"], conclusion[0]);
        Assert.Equal(Record.Blocs.Count, conclusion.Count - 1);
        for (var b = 0; b < Record.Blocs.Count; b++)
        {
            var marked = Enumerable.Range(1, 3).Single(c => conclusion[b + 1][c] == "X");
            Assert.Equal(Record.Blocs[b].Orientation!.Final, GuideContentBuilder.ConclusionOrder[marked - 1]);
        }

        Assert.Equal(["X", "X", "", "", ""], conclusion.Skip(1).Select(r => r[1]));
        Assert.Equal(["", "", "X", "X", "X"], conclusion.Skip(1).Select(r => r[2]));
    }

    [Fact]
    public void An_overridden_bloc_shows_the_proposed_orientation_the_retained_one_and_the_reason()
    {
        Assert.Equal(OrientationLabels.Label(OrientationKind.EvaluationDirecte), Docx.Field("Orientation proposée à l'issue de l'entretien"));
        Assert.Equal(OrientationLabels.Label(OrientationKind.Formation), Docx.Field("Orientation retenue par la personne ayant réalisé l'entretien"));
        Assert.Equal(SampleRecords.OverrideReason, Docx.Field("Motif"));
    }

    [Fact]
    public void The_conclusion_gives_reasons_competences_to_acquire_admissibility_justificatifs_and_next_step()
    {
        var first = Record.Blocs[0].Orientation!;
        Assert.All(first.Reasons, r => Assert.Contains(Docx.Paragraphs, p => p.EndsWith(r, StringComparison.Ordinal)));
        Assert.All(first.CompetencesToAcquire, c => Assert.Contains(Docx.Paragraphs, p => p.EndsWith(c, StringComparison.Ordinal)));
        Assert.Equal(Record.Recevabilite!.Admissible ? "recevable" : "non recevable à ce stade", Docx.Field("Demande de VAE"));
        Assert.Equal(Record.Justificatifs.Count, Docx.Paragraphs.Count(p => p.StartsWith('☐') || p.StartsWith('☑')));
        Assert.Contains(Record.Justificatifs, j => j.Available);
        Assert.All(Record.Justificatifs, j => Assert.Contains(GuideContentBuilder.Checkbox(j), Docx.Paragraphs));
        Assert.Contains(Record.NextStep!, Docx.Paragraphs);
    }

    [Fact]
    public void The_footer_names_the_interview_the_guide_version_and_the_generation_time()
    {
        Assert.Contains(Record.InterviewId, Docx.Footer);
        Assert.Contains(Record.GuideFingerprint!, Docx.Footer);
        Assert.Contains("23/11/2026 à 09:00", Docx.Footer);
        Assert.Equal(["PAGE", "NUMPAGES"], Docx.FooterFields);
    }

    [Fact]
    public void A_two_thousand_character_wish_is_kept_whole()
    {
        var record = SampleRecords.Entretien(SampleRecords.LongWish);
        var docx = OpenedDocx.Read(Documents.Write(Documents.Docx, record));
        var table = docx.Tables.Select(OpenedDocx.Cells).First(t => t[0].SequenceEqual(GuideContentBuilder.Columns(record)));
        Assert.Equal(SampleRecords.LongWish, table[1][3]);
    }
}
