namespace CqpBot.Domain.Interview;

/// <summary>The guide's header (000 "Date de l'entretien", "Nom et prénom du candidat", "Personne ayant réalisé l'entretien").</summary>
public sealed record Header(
    DateOnly Date,
    string? CandidateName = null,
    string? InterviewerName = null,
    string? InterviewerFunction = null,
    string? Organisation = null);
