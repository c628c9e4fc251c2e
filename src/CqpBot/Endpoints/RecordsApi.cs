using System.Globalization;
using CqpBot.Documents;
using CqpBot.Records;
using CqpBot.Storage;
using Microsoft.Net.Http.Headers;

namespace CqpBot.Endpoints;

/// <summary>
/// GET /records/{interviewId}.{format} and /records/export.csv: the documents behind the signed links the bot hands
/// out. Every download checks its signature and expiry here; nothing is cached by the browser or a proxy.
/// </summary>
public static class RecordsApi
{
    private const string Refused = "Ce lien de téléchargement n'est pas valide ou a expiré. Demandez-en un nouveau dans la conversation.";

    public static IEndpointRouteBuilder MapRecords(this IEndpointRouteBuilder app)
    {
        var records = app.MapGroup("").AnswerStoreUnavailable("Les comptes rendus ne peuvent pas être lus pour l'instant. Réessayez dans quelques instants.");
        records.MapGet(SignedRecordLinks.ExportPath, ExportAsync);
        records.MapGet(SignedRecordLinks.PathPrefix + "{file}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string file, long? expires, string? signature, HttpContext http, SignedRecordLinks links, RecordDocuments documents, InterviewRecords records, CancellationToken cancellationToken)
    {
        var dot = file.LastIndexOf('.');
        if (dot <= 0 || documents.Find(file[(dot + 1)..]) is not { } document)
            return Results.Problem(statusCode: 404, title: "Document inconnu", detail: $"Formats disponibles : {string.Join(", ", documents.Formats)}.");
        var interviewId = file[..dot];
        if (expires is null || !links.Verify(interviewId, document.Format, expires.Value, signature))
            return Results.Problem(statusCode: 403, title: "Lien refusé", detail: Refused);

        var record = await records.FindAsync(interviewId, cancellationToken);
        if (record is null)
            return Results.Problem(statusCode: 404, title: "Entretien introuvable", detail: "Cet entretien n'existe plus (supprimé à la demande du candidat ou à la fin de la durée de conservation).");

        NoStore(http, RecordFileName.For(record, document));
        http.Response.ContentType = document.ContentType;
        await document.WriteAsync(record, http.Response.Body, cancellationToken);
        return Results.Empty;
    }

    private static async Task<IResult> ExportAsync(
        string? user, string? aad, string? tenant, long? expires, string? signature, HttpContext http, SignedRecordLinks links, IRecordsExport export, InterviewRecords records, CancellationToken cancellationToken)
    {
        var query = new RecordQuery(Blank(user), Blank(aad), Blank(tenant));
        if (expires is null || !links.VerifyExport(query, expires.Value, signature))
            return Results.Problem(statusCode: 403, title: "Lien refusé", detail: Refused);

        var list = await records.ListAsync(query, cancellationToken);
        NoStore(http, $"entretiens-{DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{export.Extension}");
        http.Response.ContentType = export.ContentType;
        using var buffer = new MemoryStream();
        export.Write(list, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, cancellationToken);
        return Results.Empty;
    }

    private static void NoStore(HttpContext http, string fileName)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
