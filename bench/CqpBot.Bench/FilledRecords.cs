using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;

namespace CqpBot.Bench;

/// <summary>
/// The largest record a guide gives: a finished Entretien built directly as state (no interview played), header with
/// accented names, profile, every row answered 'partiel' with a wish as long as the interview accepts.
/// </summary>
internal static class FilledRecords
{
    /// <summary>The longest free text the interview takes (StepAnswers.MaxText in the domain).</summary>
    public const int WishLength = 2000;

    private static readonly string Wish =
        string.Concat(Enumerable.Repeat("Formation à l'accueil téléphonique et à la gestion des réclamations. ", 30))[..WishLength];

    public static InterviewRecord Of(GuideLibrary library, string cqpId)
    {
        var loaded = library.Guides[cqpId];
        var guide = loaded.Guide;
        var partial = library.Catalogue.Scale(guide.AnswerScale)!.Choices.First(c => c.Level == "partiel").Id;
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
            Profile = new Profile { ExperienceMonths = 36, Sector = "mutualite", Contacts = ["face-a-face", "telephone"], ExperienceFrame = "salarie", Motivation = Wish, VaeWish = "non", Justificatifs = [] },
            Answers = guide.Blocs.SelectMany(b => b.Rows).ToDictionary(r => r.Id, _ => new RowAnswer(partial, Wish)),
        };
        return RecordBuilder.Build(state, guide, library.Catalogue);
    }
}
