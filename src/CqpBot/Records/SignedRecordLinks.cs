using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CqpBot.Bot;
using CqpBot.Documents;
using CqpBot.Domain.Interview;
using CqpBot.Storage;
using Microsoft.AspNetCore.WebUtilities;

namespace CqpBot.Records;

/// <summary>
/// Download links for a record's documents, offered on the conclusion: /records/{interviewId}.{format}?expires=…&amp;signature=…
/// The HMAC binds the interview, the format and the expiry, so a link opens that one file, for a short time, and
/// nothing else; the URL never carries the candidate's name.
/// </summary>
public sealed class SignedRecordLinks : IRecordLinks
{
    public const string PathPrefix = "/records/";

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["pdf"] = "Guide d'entretien (PDF)",
        ["docx"] = "Guide d'entretien (Word)",
        ["json"] = "Données de l'entretien (JSON)",
    };

    private readonly byte[] key;
    private readonly string baseUrl;
    private readonly TimeSpan lifetime;
    private readonly IReadOnlyList<string> formats;
    private readonly TimeProvider clock;

    public SignedRecordLinks(RecordLinksOptions options, RecordDocuments documents, TimeProvider clock)
    {
        if (!string.IsNullOrEmpty(options.SigningKey) && options.SigningKey.Length < 32)
            throw new ArgumentException("Records:SigningKey must hold at least 32 characters.", nameof(options));
        key = string.IsNullOrEmpty(options.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(options.SigningKey);
        baseUrl = options.PublicBaseUrl.TrimEnd('/');
        lifetime = options.Lifetime;
        formats = Titles.Keys.Where(f => documents.Find(f) is not null).ToList();
        this.clock = clock;
    }

    /// <summary>Links once the interview has its conclusion; none before (the record would be a draft).</summary>
    public IReadOnlyList<(string Title, string Url)> For(InterviewState state, string conversationKey)
    {
        if (state.CqpId is null || state.Step.Kind is not (StepKind.Conclusion or StepKind.Completed))
            return [];
        return ForInterview(state.Id);
    }

    /// <summary>One link per available format; the caller has checked that the reader may see this interview.</summary>
    public IReadOnlyList<(string Title, string Url)> ForInterview(string interviewId)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return formats.Select(f => (Titles[f], Url(interviewId, f, expires))).ToList();
    }

    public string Url(string interviewId, string format, long expires) =>
        $"{baseUrl}{PathPrefix}{Uri.EscapeDataString(interviewId)}.{format}?expires={expires.ToString(CultureInfo.InvariantCulture)}&signature={Signature(interviewId, format, expires)}";

    /// <summary>True when the signature is this key's for the interview, the format and the expiry, and the expiry has not passed.</summary>
    public bool Verify(string interviewId, string format, long expires, string? signature) =>
        VerifyMac(Mac(interviewId, format, expires), expires, signature);

    /// <summary>
    /// The centre CSV of what <paramref name="query"/> may see: /records/export.csv?user=…&amp;aad=…&amp;tenant=…; the
    /// signature binds the whole query, so a link cannot be widened to another interviewer or organisation.
    /// </summary>
    public string ExportUrl(RecordQuery query)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        return $"{baseUrl}{ExportPath}?user={Uri.EscapeDataString(query.UserId ?? "")}&aad={Uri.EscapeDataString(query.AadObjectId ?? "")}"
            + $"&tenant={Uri.EscapeDataString(query.TenantId ?? "")}&expires={expires.ToString(CultureInfo.InvariantCulture)}"
            + $"&signature={WebEncoders.Base64UrlEncode(ExportMac(query, expires))}";
    }

    public bool VerifyExport(RecordQuery query, long expires, string? signature) => VerifyMac(ExportMac(query, expires), expires, signature);

    public const string ExportPath = PathPrefix + "export.csv";

    private bool VerifyMac(byte[] expected, long expires, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || clock.GetUtcNow().ToUnixTimeSeconds() > expires)
            return false;
        byte[] given;
        try
        {
            given = WebEncoders.Base64UrlDecode(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private string Signature(string interviewId, string format, long expires) => WebEncoders.Base64UrlEncode(Mac(interviewId, format, expires));

    // The parts are joined by a character none of them can hold, so that ("a|b", "c") and ("a", "b|c") differ.
    private byte[] Mac(string interviewId, string format, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{interviewId}\n{format}\n{expires.ToString(CultureInfo.InvariantCulture)}"));

    private byte[] ExportMac(RecordQuery query, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"export\n{query.UserId}\n{query.AadObjectId}\n{query.TenantId}\n{expires.ToString(CultureInfo.InvariantCulture)}"));
}
