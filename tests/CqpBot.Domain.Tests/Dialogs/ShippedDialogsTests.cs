using CqpBot.Domain.Guides;
using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Tests.Dialogs;

/// <summary>The shipped dialogs/ against the seeds: the counts the seeds contain, and every quoted text verbatim.</summary>
public class ShippedDialogsTests
{
    private static readonly GuideLibrary Library = DialogsLoader.Load(Repository.Dialogs);

    public static TheoryData<string> Guides()
    {
        var data = new TheoryData<string>();
        foreach (var id in Library.Guides.Keys.Order())
            data.Add(id);
        return data;
    }

    [Fact]
    public void Every_guide_and_the_catalogue_load_without_error() =>
        Assert.True(Library.Guides.Count >= 2 && Library.Catalogue.Cqps.Count >= 7, $"{Library.Guides.Count} guides, {Library.Catalogue.Cqps.Count} CQPs");

    [Theory]
    [InlineData("charge-relation-distance", 3, 15, 13)]
    [InlineData("charge-accueil-relation-clients", 5, 41, 10)]
    [InlineData("teleconseiller", 4, 18, 18)]
    [InlineData("gestionnaire-parcours-adherents-clients", 5, 23, 23)]
    public void Counts_of_blocs_competences_and_answer_rows_match_the_seed(string id, int blocs, int competences, int rows)
    {
        var guide = Library.Find(id)?.Guide;
        Assert.NotNull(guide);
        Assert.Equal(blocs, guide.Blocs.Count);
        Assert.Equal(competences, guide.Blocs.Sum(b => b.Competences.Count));
        Assert.Equal(rows, guide.RowCount);
    }

    [SeedsFact]
    public void Answer_rows_equal_the_radio_groups_of_the_guides()
    {
        // 000: one "Oui" radio per guide row; 001: one "Pas du tout" per savoir-faire / savoirs row of the interview guide.
        Assert.Equal(SeedText.Of("000_f650d475b64a06b0.txt").Split("Oui").Length - 1, Library.Find("charge-relation-distance")!.Guide.RowCount);
        var guide001 = File.ReadAllLines(Path.Combine(Repository.Seeds!, "001_fdb5ff035c4251b3.txt")).Skip(539).Take(221);
        Assert.Equal(guide001.Sum(l => l.Split("Pas du tout").Length - 1), Library.Find("charge-accueil-relation-clients")!.Guide.RowCount);
    }

    [SeedsTheory]
    [MemberData(nameof(Guides))]
    public void Every_competence_and_question_appears_verbatim_in_its_seed(string id)
    {
        var guide = Library.Guides[id].Guide;
        var quoted = guide.Blocs.SelectMany(b =>
            b.Competences.Select(c => (c.Text, c.Source))
                .Concat(b.Questions.Where(q => !q.Derived).Select(q => (q.Text, q.Source)))
                .Concat(b.Activities.Select(a => (Text: a.Title, a.Source)))
                .Concat(b.Competences.SelectMany(c => c.CriteriaOrEmpty).Concat(b.CriteriaOrEmpty).Select(c => (c.Text, c.Source)))
                .Append((Text: b.Title, b.Source)));

        var missing = quoted.Where(q => !Verbatim(q.Text, q.Source)).Select(q => $"[{q.Source.Seed} {q.Source.Section}] {q.Text}").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} texts not found verbatim:\n" + string.Join("\n", missing.Take(10)));
    }

    [Fact]
    public void Derived_questions_say_so_and_point_at_the_criteria_they_come_from()
    {
        var derived = Library.Guides.Values.SelectMany(g => g.Guide.Blocs.SelectMany(b => b.Questions.Where(q => q.Derived).Select(q => (g.Guide, q)))).ToList();
        Assert.All(derived, d => Assert.Contains(d.Guide.NotesOrEmpty, n => n.Kind == "derived"));
        Assert.All(derived, d => Assert.NotEqual("000_f650d475b64a06b0.txt", d.q.Source.Seed));
    }

    [Fact]
    public void The_catalogue_holds_the_seven_cqps_and_the_vae_rules_of_001()
    {
        var catalogue = Library.Catalogue;
        var conseiller = catalogue.Cqp("conseiller-mutualiste")!;
        Assert.Equal(36, conseiller.Recevabilite.MinimumMonths);
        Assert.Equal(144, conseiller.Recevabilite.WindowMonths);
        Assert.Null(conseiller.Guide);
        var accueil = catalogue.Cqp("charge-accueil-relation-clients")!;
        Assert.Equal(12, accueil.Recevabilite.MinimumMonths);
        Assert.Contains(accueil.Recevabilite.Conditions, c => c.Text.Contains("accueil physique et téléphonique"));
        Assert.All(["assistant-commercial", "specialiste-prestations", "teleconseiller", "charge-relation-distance", "gestionnaire-parcours-adherents-clients"], id => Assert.NotNull(catalogue.Cqp(id)));
        Assert.Equal(4, catalogue.Justificatifs.Count);
    }

    private static bool Verbatim(string text, Source source)
    {
        var seed = SeedText.Of(source.Seed);
        var pieces = source.Fragments ?? [text];
        return pieces.All(p => seed.Contains(SeedText.Normalize(p), StringComparison.Ordinal));
    }
}
