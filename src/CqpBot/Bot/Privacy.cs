using CqpBot.Domain.Recognition;

namespace CqpBot.Bot;

public enum PrivacyRequest
{
    Export,
    Delete,
}

/// <summary>The RGPD commands, understood at any step: "exporter mes données", "supprimer mes données".</summary>
public static class Privacy
{
    public static PrivacyRequest? Recognize(string? text)
    {
        if (text is null)
            return null;
        return FrenchText.Normalize(text) switch
        {
            "exporter mes donnees" or "export de mes donnees" or "mes donnees" or "telecharger mes donnees" => PrivacyRequest.Export,
            "supprimer mes donnees" or "effacer mes donnees" or "oublier mes donnees" or "suppression de mes donnees" => PrivacyRequest.Delete,
            _ => null,
        };
    }
}
