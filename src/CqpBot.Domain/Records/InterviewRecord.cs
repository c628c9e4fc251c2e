using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Records;

/// <summary>
/// The written record of an interview (000/001 "Guide d'entretien" filled in): header, every answer with its competences
/// and training wish, the per-bloc orientation with reasons and any interviewer override, VAE admissibility, next step.
/// This is what documents and exports are made from, and what the JSON export publishes.
/// </summary>
public sealed record InterviewRecord(
    string InterviewId,
    Mode Mode,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    Header? Header,
    string CqpId,
    string CqpTitle,
    string UnitLabel,
    string? GuideVersion,
    string? GuideFingerprint,
    bool WholeCqp,
    RecordProfile Profile,
    IReadOnlyList<RecordBloc> Blocs,
    RecevabiliteResult? Recevabilite,
    IReadOnlyList<RecordJustificatif> Justificatifs,
    string? NextStep);

/// <summary>The open questions' answers, in words.</summary>
public sealed record RecordProfile(
    string? Experience,
    string? Sector,
    IReadOnlyList<string> Contacts,
    string? ExperienceFrame,
    string? Employment,
    string? Employer,
    string? Motivation,
    string? VaeWish);

/// <summary>One bloc of the record: its rows and its orientation.</summary>
public sealed record RecordBloc(
    string Id,
    int Number,
    string Title,
    IReadOnlyList<RecordRow> Rows,
    BlocOrientation? Orientation);

/// <summary>One answered row: activities, competences, the answer's label and the training wish.</summary>
public sealed record RecordRow(
    string Id,
    string? Label,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Competences,
    string? Answer,
    string? Level,
    string? Wish);

/// <summary>A justificatif of the VAE checklist and whether the candidate has it.</summary>
public sealed record RecordJustificatif(string Id, string Text, bool Available);
