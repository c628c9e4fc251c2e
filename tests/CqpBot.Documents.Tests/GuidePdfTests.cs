using CqpBot.Documents.Content;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Tests;

/// <summary>The PDF guide, read back with pdftotext and pdffonts, against the interview's record.</summary>
public class GuidePdfTests
{
    private static readonly Lazy<(InterviewRecord Record, string Path, string Text)> Sample = new(() =>
    {
        var record = SampleRecords.Entretien();
        var path = Documents.Keep("guide-entretien.pdf", Documents.Write(Documents.Pdf, record));
        return (record, path, Poppler.Flat(string.Join(" ", Poppler.PageTexts(path))));
    });

    private static readonly Lazy<(string Path, List<string> Pages)> LongSample = new(() =>
    {
        var path = Documents.Keep("guide-entretien-long.pdf", Documents.Write(Documents.Pdf, SampleRecords.Entretien(SampleRecords.LongWish)));
        return (path, Poppler.PageTexts(path).Select(Poppler.Flat).ToList());
    });

    private static InterviewRecord Record => Sample.Value.Record;

    private static string Text => Sample.Value.Text;

    [Fact]
    public void The_pdf_embeds_every_font_it_uses_and_they_are_dejavu()
    {
        var fonts = Poppler.Fonts(Sample.Value.Path);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is not embedded"));
        Assert.All(fonts, f => Assert.Contains("DejaVu", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_renders_to_an_image_for_review()
    {
        // The page images a reviewer looks at (samples/guide-entretien-page-N.png); pdftoppm fails on a broken PDF.
        var prefix = Path.Combine(Documents.SamplesFolder, "guide-entretien-page");
        Poppler.Run("pdftoppm", "-png", "-r", "50", Sample.Value.Path, prefix);

        var pages = Poppler.PageTexts(Sample.Value.Path).Count;
        var images = Directory.GetFiles(Documents.SamplesFolder, "guide-entretien-page-*.png");
        Assert.Equal(pages, images.Length);
        Assert.All(images, i => Assert.True(new FileInfo(i).Length > 5_000, $"{i} looks blank"));
    }

    [Fact]
    public void The_header_fields_and_signature_areas_read_with_their_accents()
    {
        Assert.StartsWith(Poppler.Flat(GuideContentBuilder.Title + " CQP " + SampleRecords.Title), Text);
        Assert.Contains("Date de l'entretien : 23/11/2026", Text);
        Assert.Contains("Nom et prénom du candidat : " + SampleRecords.Candidate, Text);
        Assert.Contains("Signature :", Text);
        Assert.Contains("Nom et prénom : " + SampleRecords.Interviewer, Text);
        Assert.Contains("Fonction : " + SampleRecords.Function, Text);
        Assert.Contains("Entreprise ou organisme de formation : " + SampleRecords.Organisation, Text);
        Assert.Contains("Cachet de l'entreprise ou de l'organisme de formation et signature :", Text);
        Assert.Contains("Motivation : " + SampleRecords.Motivation, Text);
    }

    [Fact]
    public void Every_bloc_row_shows_its_competences_and_answer_in_guide_order()
    {
        // Cells are drawn one after the other: a row's answer comes after its first competence and before the next row
        // (before its last competence when the row is split across pages).
        var at = 0;
        var rows = new List<(int Start, string Answer)>();
        foreach (var bloc in Record.Blocs)
        {
            at = IndexAfter(GuideContentBuilder.BlocHeading(Record, bloc), at);
            foreach (var row in bloc.Rows)
            {
                rows.Add((Text.IndexOf(Poppler.Flat(row.Competences[0]), at, StringComparison.Ordinal), row.Answer!));
                foreach (var competence in row.Competences)
                    at = IndexAfter(competence, at);
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var end = i + 1 < rows.Count ? rows[i + 1].Start : Text.Length;
            var answer = Text.IndexOf(rows[i].Answer, rows[i].Start, StringComparison.Ordinal);
            Assert.InRange(answer, rows[i].Start, end);
        }

        Assert.Contains("Partiellement Formation aux techniques d'accueil téléphonique", Text);
    }

    [Fact]
    public void The_conclusion_shows_the_override_reasons_admissibility_checklist_and_next_step()
    {
        var at = IndexAfter("Conclusion et bilan de l'entretien", 0);
        at = IndexAfter("Pour ce domaine Formation Évaluation directe VAE", at);
        at = IndexAfter("Orientation proposée à l'issue de l'entretien : " + OrientationLabels.Label(OrientationKind.EvaluationDirecte), at);
        at = IndexAfter("Orientation retenue par la personne ayant réalisé l'entretien : " + OrientationLabels.Label(OrientationKind.Formation), at);
        at = IndexAfter("Motif : " + SampleRecords.OverrideReason, at);
        at = IndexAfter("Demande de VAE : " + (Record.Recevabilite!.Admissible ? "recevable" : "non recevable à ce stade"), at);
        foreach (var justificatif in Record.Justificatifs)
            at = IndexAfter(GuideContentBuilder.Checkbox(justificatif), at);
        IndexAfter(Record.NextStep!, at);
        Assert.Contains(Record.Justificatifs, j => j.Available);
        Assert.Contains(Record.Justificatifs, j => !j.Available);
    }

    [Fact]
    public void Every_page_has_the_footer_with_its_number()
    {
        var pages = Poppler.PageTexts(Sample.Value.Path);
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} / {pages.Count}", pages[i]);
            Assert.Contains(Record.InterviewId, pages[i]);
        }
    }

    [Fact]
    public void A_wish_longer_than_a_page_is_split_across_pages_whole_under_a_repeated_table_header()
    {
        var pages = LongSample.Value.Pages;
        var all = string.Join(" ", pages);
        // Words of the wish in order: nothing is lost at the page break (table text reads cell by cell, so compare words).
        var at = 0;
        foreach (var word in SampleRecords.LongWish.Split(' '))
        {
            at = all.IndexOf(word, at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{word}' missing after the page break");
        }

        var first = pages.FindIndex(p => p.Contains("Étape1 ", StringComparison.Ordinal));
        var last = pages.FindLastIndex(p => p.Contains("téléphonique à améliorer.", StringComparison.Ordinal));
        Assert.True(last > first, $"the wish starts on page {first + 1} and ends on page {last + 1}");
        Assert.All(pages[first..(last + 1)], p => Assert.Contains(GuideContentBuilder.DomaineColumns[1], p));
    }

    private static int IndexAfter(string expected, int from)
    {
        var index = Text.IndexOf(Poppler.Flat(expected), from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{expected}' not found after position {from} in:\n{Text[from..]}");
        return index + expected.Length;
    }
}
