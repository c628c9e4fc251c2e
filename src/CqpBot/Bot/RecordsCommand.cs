using System.Globalization;
using System.Text;
using CqpBot.Channel;
using CqpBot.Domain.Recognition;
using CqpBot.Records;
using CqpBot.Storage;

namespace CqpBot.Bot;

/// <summary>
/// "comptes rendus" / "mes entretiens": the records the user may see, with signed download links and the centre CSV.
/// In Teams an interviewer sees the interviews they conducted and those of their organisation (tenant); elsewhere a
/// user sees only their own. Visibility is decided here, on the server, from the channel's identity.
/// </summary>
public sealed class RecordsCommand(InterviewRecords records, SignedRecordLinks links)
{
    private const int Shown = 20;

    public static bool Recognize(string? text) =>
        text is not null && FrenchText.Normalize(text) is "comptes rendus" or "mes comptes rendus" or "compte rendu" or "mes entretiens"
            or "exporter les comptes rendus" or "liste des entretiens";

    public static RecordQuery QueryFor(Activity activity)
    {
        var teams = activity.ChannelId == "msteams" && !string.IsNullOrEmpty(activity.From?.AadObjectId);
        return new RecordQuery(
            teams ? null : activity.From?.Id,
            teams ? activity.From!.AadObjectId : null,
            teams ? activity.Conversation?.TenantId ?? InterviewBot.TenantOf(activity) : null);
    }

    public async Task<string> ListAsync(Activity activity, CancellationToken cancellationToken)
    {
        var query = QueryFor(activity);
        var list = await records.ListAsync(query, cancellationToken);
        if (list.Count == 0)
            return "Aucun compte rendu n'est disponible pour vous.";

        var text = new StringBuilder($"**Comptes rendus** ({list.Count}, les plus récents d'abord) — liens valables quelques minutes :\n\n");
        foreach (var record in list.Take(Shown))
        {
            var downloads = string.Join(" · ", links.ForInterview(record.InterviewId).Select(l => $"[{l.Title}]({l.Url})"));
            var when = record.UpdatedAt.ToString("dd/MM/yyyy", CultureInfo.GetCultureInfo("fr-FR"));
            text.Append(CultureInfo.InvariantCulture, $"- {(record.CqpTitle.Length > 0 ? record.CqpTitle : "CQP non choisi")} — {StatusLabel(record.Status)} — {when} : {downloads}\n");
        }

        if (list.Count > Shown)
            text.Append(CultureInfo.InvariantCulture, $"\n… et {list.Count - Shown} autres, dans le tableau ci-dessous.\n");
        text.Append(CultureInfo.InvariantCulture, $"\n[Tableau de tous ces entretiens (CSV, Excel)]({links.ExportUrl(query)})");
        return text.ToString();
    }

    private static string StatusLabel(string status) => status switch
    {
        "termine" => "terminé",
        "arrete" => "arrêté",
        "en-pause" => "en pause",
        _ => "en cours",
    };
}
