namespace CqpBot.Records;

/// <summary>The "Records" configuration section: how download links are signed and where they point.</summary>
public sealed class RecordLinksOptions
{
    public const string Section = "Records";

    /// <summary>
    /// The HMAC key, at least 32 characters, the same on every instance (from the environment, never committed).
    /// Empty: a random key per process, so links die with the process (one local instance only).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The bot's public address, e.g. https://cqpbot.example.org: links are opened from Teams or a browser.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>How long a link stays valid: long enough to click it from the conclusion card, short for a link that leaks.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);
}
