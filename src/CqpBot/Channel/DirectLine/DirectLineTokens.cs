using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Channel.DirectLine;

/// <summary>
/// Signed, expiring tokens bound to one conversation (HMAC-SHA256): a token never reads or writes another
/// conversation's activities. The key is configured, or created once and kept next to the embedded database.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] key;
    private readonly TimeProvider clock;
    private readonly TimeSpan lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, IConfiguration configuration, TimeProvider clock)
    {
        this.clock = clock;
        lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
        key = string.IsNullOrWhiteSpace(options.Value.TokenSigningKey)
            ? LocalKey(configuration["Storage:Sqlite:Path"] ?? "data/cqpbot.db")
            : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.TokenSigningKey));
    }

    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    public string Issue(string conversationId)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { c = conversationId, exp = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds(), n = RandomNumberGenerator.GetHexString(8) });
        return $"{Base64UrlEncoder.Encode(payload)}.{Base64UrlEncoder.Encode(HMACSHA256.HashData(key, payload))}";
    }

    /// <summary>The token's grant, or null when it is malformed, tampered with or expired.</summary>
    public DirectLineToken? Read(string? token)
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
            var expires = DateTimeOffset.FromUnixTimeSeconds(json.RootElement.GetProperty("exp").GetInt64());
            var conversation = json.RootElement.GetProperty("c").GetString();
            return conversation is null || expires <= clock.GetUtcNow() ? null : new DirectLineToken(conversation, expires);
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
