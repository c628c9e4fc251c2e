using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Channel.DirectLine;

/// <summary>
/// Signed, expiring tokens bound to one conversation (HMAC-SHA256): a token never reads or writes another
/// conversation's activities. The key is configured, or created once and kept next to the embedded database.
/// A page also gets a resume ticket: longer-lived (DirectLine:ResumeDays), it reads and posts nothing, it only gets its
/// own conversation a new token, so that a candidate back after their token expired finds their interview.
/// </summary>
public sealed class DirectLineTokens
{
    private const string ResumeKind = "resume";

    private readonly byte[] key;
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;
    private readonly TimeSpan resumeWindow;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IConfiguration configuration, TimeProvider clock)
    {
        this.clock = clock;
        lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
        resumeWindow = TimeSpan.FromDays(options.Value.ResumeDays);
        key = string.IsNullOrWhiteSpace(options.Value.TokenSigningKey)
            ? LocalKey(configuration["Storage:Sqlite:Path"] ?? "data/cqpbot.db")
            : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.TokenSigningKey));
    }

    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    /// <summary>How long a resume ticket lasts, in days; 0 when there is none.</summary>
    public int ResumeDays => (int)resumeWindow.TotalDays;

    public string Issue(string conversationId) =>
        Sign(new { c = conversationId, exp = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(), n = RandomNumberGenerator.GetHexString(8) });

    /// <summary>A resume ticket for the conversation; null when resuming is off (ResumeDays 0).</summary>
    public string? IssueResume(string conversationId) => resumeWindow <= TimeSpan.Zero ? null
        : Sign(new { c = conversationId, exp = clock.GetUtcNow().Add(resumeWindow).ToUnixTimeSeconds(), n = RandomNumberGenerator.GetHexString(8), k = ResumeKind });

    /// <summary>The token's grant, or null when it is malformed, tampered with, expired, or a resume ticket.</summary>
    public DirectLineToken? Read(string? token) => Verify(token, kind: null);

    /// <summary>The resume ticket's conversation, or null when it is malformed, tampered with, expired, or a token.</summary>
    public DirectLineToken? ReadResume(string? ticket) => Verify(ticket, ResumeKind);

    private string Sign(object claims)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims);
        return $"{Base64UrlEncoder.Encode(payload)}.{Base64UrlEncoder.Encode(HMACSHA256.HashData(key, payload))}";
    }

    private DirectLineToken? Verify(string? token, string? kind)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
            return null;
        var parts = token.Split('.');
        if (parts.Length != 2)
            return null;
        try
        {
            var payload = Base64UrlEncoder.DecodeBytes(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), Base64UrlEncoder.DecodeBytes(parts[1])))
                return null;
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            var conversation = root.GetProperty("c").GetString();
            var tokenKind = root.TryGetProperty("k", out var k) ? k.GetString() : null;
            return conversation is null || tokenKind != kind || expires <= clock.GetUtcNow() ? null : new DirectLineToken(conversation, expires);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static byte[] LocalKey(string databasePath)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "directline.key");
        if (File.Exists(path))
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(created)));
            return created;
        }
        catch (IOException)
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim()); // another process created it first
        }
    }
}
