using System.Globalization;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Records;

namespace CqpBot.Documents;

/// <summary>The French words documents and exports use for the record's codes.</summary>
public static class RecordLabels
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Status(string status) => status switch
    {
        "termine" => "Terminé",
        "arrete" => "Arrêté",
        "en-pause" => "En pause",
        "en-cours" => "En cours",
        _ => status,
    };

    public static string Mode(Mode mode) => mode switch
    {
        Domain.Interview.Mode.Entretien => "Entretien",
        Domain.Interview.Mode.AutoPositionnement => "Auto-positionnement",
        _ => "Pré-qualification VAE",
    };

    /// <summary>"Ensemble du CQP", or the targeted units by number ("Blocs 1, 3").</summary>
    public static string Scope(InterviewRecord record)
    {
        if (record.WholeCqp)
            return "Ensemble du CQP";
        var numbers = string.Join(", ", record.Blocs.Select(b => b.Number.ToString(CultureInfo.InvariantCulture)));
        return record.Blocs.Count == 1 ? $"{record.UnitLabel} {numbers}" : $"{record.UnitLabel}s {numbers}";
    }

    /// <summary>The record keeps the contact situations as the interview's choice values; these are the guide's words for them.</summary>
    public static string Contact(string value) => value switch
    {
        "face-a-face" => "Face-à-face",
        "telephone" => "Téléphone",
        "mail" => "Courrier électronique",
        "chat" => "Tchat",
        _ => value,
    };

    /// <summary>The interview date as the paper guide writes it (dd/MM/yyyy); the start date when no header was filled.</summary>
    public static string InterviewDate(InterviewRecord record) =>
        (record.Header?.Date ?? DateOnly.FromDateTime(record.StartedAt.DateTime)).ToString("dd/MM/yyyy", French);

    public static string DateTime(DateTimeOffset at) => at.ToString("dd/MM/yyyy 'à' HH:mm", French);
}
