namespace CqpBot.Domain.Interview;

/// <summary>What the open questions established about the candidate's experience, request and motivation.</summary>
public sealed record Profile
{
    public int? ExperienceMonths { get; init; }

    /// <summary>Months of that experience within the CQP's window (e.g. the last 12 years); null when not asked or not needed.</summary>
    public int? MonthsWithinWindow { get; init; }

    /// <summary>The year the experience ended, when the candidate gave dates.</summary>
    public DateOnly? ExperienceEnd { get; init; }

    public string? Sector { get; init; }

    public IReadOnlyList<string> Contacts { get; init; } = [];

    public bool? NatureMatches { get; init; }

    public IReadOnlyDictionary<string, bool> Conditions { get; init; } = new Dictionary<string, bool>();

    /// <summary>salarie, non-salarie or benevole: the frame in which the experience was acquired (001 §3.3).</summary>
    public string? ExperienceFrame { get; init; }

    public string? Employment { get; init; }

    public string? Employer { get; init; }

    public string? Motivation { get; init; }

    /// <summary>oui, non or indecis.</summary>
    public string? VaeWish { get; init; }

    /// <summary>Ids of the justificatifs the candidate can provide; null until asked.</summary>
    public IReadOnlyList<string>? Justificatifs { get; init; }
}
