using CqpBot.Documents.Content;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Tests;

/// <summary>A CQP whose guide follows 000 (blocs, référentiel d'activités, Oui / Non / Partiellement) laid out as 000 does.</summary>
public class BlocGuideTests
{
    private static readonly Lazy<(InterviewRecord Record, OpenedDocx Docx, string PdfText)> Sample = new(() =>
    {
        var record = SampleRecords.Entretien(cqp: SampleRecords.BlocCqp);
        var docx = Documents.Write(Documents.Docx, record);
        Documents.Keep("guide-entretien-bloc.docx", docx);
        var pdf = Documents.Keep("guide-entretien-bloc.pdf", Documents.Write(Documents.Pdf, record));
        return (record, OpenedDocx.Read(docx), Poppler.Flat(string.Join(" ", Poppler.PageTexts(pdf))));
    });

    private static InterviewRecord Record => Sample.Value.Record;

    [Fact]
    public void Each_bloc_table_has_000s_columns_and_the_activity_of_each_row()
    {
        Assert.Equal("Bloc", Record.UnitLabel);
        var tables = Sample.Value.Docx.Tables.Select(OpenedDocx.Cells).Where(t => t[0].SequenceEqual(GuideContentBuilder.BlocColumns)).ToList();
        Assert.Equal(Record.Blocs.Count, tables.Count);
        var rows = Record.Blocs.SelectMany(b => b.Rows).ToList();
        Assert.Contains(rows, r => r.Activities.Count > 0);
        Assert.Equal(rows.Select(r => string.Join("\n", r.Activities)), tables.SelectMany(t => t.Skip(1)).Select(r => r[0]));
        Assert.Equal(rows.Select(r => r.Answer), tables.SelectMany(t => t.Skip(1)).Select(r => r[2]));
        Assert.Contains("Oui", rows.Select(r => r.Answer));
        Assert.Contains("Partiellement", rows.Select(r => r.Answer));
    }

    [Fact]
    public void The_conclusion_table_reads_pour_ce_bloc_in_both_documents()
    {
        var conclusion = Sample.Value.Docx.Tables.Select(OpenedDocx.Cells).Single(t => t[0][0] == "Pour ce bloc");
        Assert.Equal(Record.Blocs.Count + 1, conclusion.Count);
        Assert.Contains("Pour ce bloc Formation Évaluation directe VAE", Sample.Value.PdfText);
        Assert.Contains(Poppler.Flat(GuideContentBuilder.BlocHeading(Record, Record.Blocs[^1])), Sample.Value.PdfText);
    }
}
