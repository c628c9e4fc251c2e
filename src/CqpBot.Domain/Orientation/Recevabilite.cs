using System.Globalization;
using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Orientation;

/// <summary>
/// VAE admissibility from the catalogue's rule (001 §3.3, 000 "Conclusion et bilan"): duration (within a window for
/// Conseiller mutualiste), sector, nature of the experience, extra conditions, frame. Justificatifs do not decide
/// admissibility here; missing ones are listed so the candidate can gather them (001 §3.2).
/// </summary>
public static class Recevabilite
{
    public static RecevabiliteResult Check(RecevabiliteRule rule, Profile profile, IReadOnlyList<Justificatif> justificatifs)
    {
        var met = new List<string>();
        var unmet = new List<string>();
        void Criterion(bool? ok, string whenMet, string whenUnmet) => (ok == true ? met : unmet).Add(ok == true ? whenMet : whenUnmet);

        var required = Durations.Format(rule.MinimumMonths);
        var months = rule.WindowMonths is null ? profile.ExperienceMonths : profile.MonthsWithinWindow;
        var window = rule.WindowMonths is { } w ? (w % 12 == 0 ? $" sur les {w / 12} dernières années" : $" sur les {w} derniers mois") : "";
        Criterion(
            months is null ? null : months >= rule.MinimumMonths,
            $"Durée d'expérience : {Durations.Format(months ?? 0)}{window}, pour {required} minimum demandé(s).",
            months is null
                ? $"Durée d'expérience à préciser : il faut au moins {required}{window}."
                : $"Durée d'expérience : {Durations.Format(months.Value)}{window}, alors qu'il faut au moins {required}.");

        Criterion(
            profile.Sector is null ? null : rule.Sectors.Contains(profile.Sector),
            $"Secteur : {SectorLabel(profile.Sector)}, qui est pris en compte.",
            profile.Sector is null ? "Secteur d'activité à préciser." : $"Secteur : {SectorLabel(profile.Sector)} ; l'expérience doit avoir été acquise dans le secteur de la Mutualité ou dans un secteur proche.");

        Criterion(
            profile.NatureMatches,
            "Nature de l'expérience conforme à celle demandée pour ce CQP.",
            profile.NatureMatches is null ? "Nature de l'expérience à vérifier." : "La nature de l'expérience ne correspond pas encore à celle demandée pour ce CQP.");

        foreach (var condition in rule.Conditions)
        {
            Criterion(
                profile.Conditions.TryGetValue(condition.Id, out var ok) ? ok : null,
                $"Condition remplie : {condition.Text}",
                $"Condition non remplie : {condition.Text}");
        }

        Criterion(
            profile.ExperienceFrame is null ? null : rule.Statuses.Contains(profile.ExperienceFrame),
            $"Cadre de l'expérience : {FrameLabel(profile.ExperienceFrame)}, accepté.",
            profile.ExperienceFrame is null ? "Cadre de l'expérience (salarié, non salarié, bénévole) à préciser." : $"Cadre de l'expérience : {FrameLabel(profile.ExperienceFrame)}, non prévu par la branche.");

        var available = profile.Justificatifs ?? [];
        var missing = justificatifs.Where(j => !available.Contains(j.Id)).ToList();
        return new RecevabiliteResult(unmet.Count == 0, met, unmet, missing);
    }

    public static string SectorLabel(string? sector) => sector switch
    {
        Sector.Mutualite => "Mutualité",
        Sector.Proche => "secteur proche (assurance, santé, prévoyance, protection sociale)",
        Sector.Autre => "autre secteur",
        _ => "non précisé",
    };

    public static string FrameLabel(string? frame) => frame switch
    {
        "salarie" => "activité salariée",
        "non-salarie" => "activité non salariée",
        "benevole" => "activité bénévole",
        _ => "non précisé",
    };
}

/// <summary>Durations in French words for the texts ("1 an et 6 mois").</summary>
public static class Durations
{
    public static string Format(int months)
    {
        var years = months / 12;
        var rest = months % 12;
        var y = years switch { 0 => "", 1 => "1 an", _ => $"{years.ToString(CultureInfo.InvariantCulture)} ans" };
        var m = rest == 0 ? "" : $"{rest.ToString(CultureInfo.InvariantCulture)} mois";
        return (y, m) switch
        {
            ("", "") => "0 mois",
            (_, "") => y,
            ("", _) => m,
            _ => $"{y} et {m}",
        };
    }
}
