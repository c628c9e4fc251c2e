using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>Profiles of candidates, as the open questions would have filled them.</summary>
public static class Candidate
{
    /// <summary>Just meets every criterion of the CQP's rule: the minimum duration (within the window if any), Mutualité, salaried, employed in a mutuelle.</summary>
    public static Profile Admissible(CqpEntry cqp) => new()
    {
        ExperienceMonths = cqp.Recevabilite.MinimumMonths,
        MonthsWithinWindow = cqp.Recevabilite.WindowMonths is null ? null : cqp.Recevabilite.MinimumMonths,
        Sector = Sector.Mutualite,
        NatureMatches = true,
        Conditions = cqp.Recevabilite.Conditions.ToDictionary(c => c.Id, _ => true),
        ExperienceFrame = "salarie",
        Employment = Employment.SalarieMutuelle,
        VaeWish = "non",
        Justificatifs = ["cv", "descriptif-postes", "preuves-experience", "dossier-vae"],
    };

    public static Profile NotAdmissible(CqpEntry cqp) => Admissible(cqp) with { ExperienceMonths = cqp.Recevabilite.MinimumMonths - 1, MonthsWithinWindow = cqp.Recevabilite.WindowMonths is null ? null : cqp.Recevabilite.MinimumMonths - 1 };
}
