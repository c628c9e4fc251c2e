namespace CqpBot.Domain.Interview;

/// <summary>
/// The whole interview as plain serialisable data: the engine reads it and returns a new one, nothing else is kept.
/// <see cref="SchemaVersion"/> lets a later version read states saved by an older one.
/// </summary>
public sealed record InterviewState
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    public Mode? Mode { get; init; }

    public Step Step { get; init; } = new(StepKind.Consent);

    /// <summary>The steps answered before this one, for "retour".</summary>
    public IReadOnlyList<Step> History { get; init; } = [];

    /// <summary>Where to go back after changing an earlier answer from a summary.</summary>
    public Step? ReturnTo { get; init; }

    public bool Paused { get; init; }

    public bool ConsentGiven { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public Header? Header { get; init; }

    public string? CqpId { get; init; }

    /// <summary>The dialogs/ file version and content fingerprint the interview runs on: a later edit of the file does not change it.</summary>
    public string? GuideVersion { get; init; }

    public string? GuideFingerprint { get; init; }

    /// <summary>Bloc ids when the candidate targets some blocs only; null for the whole CQP.</summary>
    public IReadOnlyList<string>? TargetBlocs { get; init; }

    /// <summary>A CQP suggested from the cœur de métier, waiting for confirmation.</summary>
    public string? SuggestedCqp { get; init; }

    public Profile Profile { get; init; } = new();

    public IReadOnlyDictionary<string, RowAnswer> Answers { get; init; } = new Dictionary<string, RowAnswer>();

    public IReadOnlyDictionary<string, OrientationOverride> Overrides { get; init; } = new Dictionary<string, OrientationOverride>();

    /// <summary>Inputs applied so far: a version number for the stored state.</summary>
    public int Turn { get; init; }

    public bool IsFinished => Step.Kind is StepKind.Completed or StepKind.Cancelled;
}
