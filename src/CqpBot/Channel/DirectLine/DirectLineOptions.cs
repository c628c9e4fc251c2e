namespace CqpBot.Channel.DirectLine;

/// <summary>Section "DirectLine": the embedded service (default, nothing from Azure) or Azure's, whose secret stays on the server.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    public string Mode { get; set; } = "Embedded";

    /// <summary>Azure mode: the Direct Line channel secret. Embedded mode: optional, lets a server call tokens/generate.</summary>
    public string? Secret { get; set; }

    /// <summary>Signs embedded tokens; several instances must share it. Empty: a key kept next to the SQLite file.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>At least 20 minutes: DirectLineJS refreshes its token every 15 minutes, whatever expires_in says.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>
    /// Lifetime of the page's resume ticket, renewed at each visit (DirectLineTokens): a candidate back after their
    /// token expired finds the interview where they left it. 0: no ticket, a page resumes only while its token is valid.
    /// </summary>
    public int ResumeDays { get; set; } = 7;

    /// <summary>Azure mode: Azure's Direct Line base URL.</summary>
    public string AzureDomain { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>Posts per conversation per 10 seconds before 429 (a person answers a few times a minute).</summary>
    public int MaxPostsPer10Seconds { get; set; } = 30;

    /// <summary>
    /// Reads (polling, reconnecting) per conversation per 10 seconds before 429: DirectLineJS polls every second without
    /// WebSocket. Page loads (token, resume, new conversation) count on the same figure, per client address.
    /// </summary>
    public int MaxReadsPer10Seconds { get; set; } = 120;

    public bool IsEmbedded => string.Equals(Mode, "Embedded", StringComparison.OrdinalIgnoreCase);
}
