namespace CqpBot.Domain.Guides;

/// <summary>What an answer means for the orientation: Oui and En totalité mean acquired (domain.md).</summary>
public enum AnswerLevel
{
    NonAcquis,
    Partiel,
    Acquis,
}
