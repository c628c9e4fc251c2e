namespace CqpBot.Domain.Interview;

/// <summary>Who the bot is talking to, and so how it words the guide and what it concludes.</summary>
public enum Mode
{
    /// <summary>An interviewer fills the official guide with the candidate (Teams).</summary>
    Entretien,

    /// <summary>A candidate alone positions himself (web chat): a pre-orientation, never a verdict.</summary>
    AutoPositionnement,

    /// <summary>A training centre checks VAE admissibility only.</summary>
    PreQualificationVae,
}
