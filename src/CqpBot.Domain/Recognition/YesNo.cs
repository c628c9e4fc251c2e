namespace CqpBot.Domain.Recognition;

/// <summary>The yes/no choices used by every closed question of the interview.</summary>
public static class YesNo
{
    public static readonly Choice Yes = new("oui", "Oui", ["oui", "ouais", "yes", "absolument", "bien sur", "tout a fait", "exact", "d accord", "ok", "effectivement", "certainement"]);
    public static readonly Choice No = new("non", "Non", ["non", "pas du tout", "pas vraiment", "jamais", "aucun", "aucune", "nope", "pas encore"]);
    public static readonly IReadOnlyList<Choice> Choices = [Yes, No];
}
