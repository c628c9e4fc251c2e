namespace CqpBot.Domain.Interview;

/// <summary>Settings the engine words into its texts (the RGPD statement names the retention period).</summary>
public sealed record InterviewSettings(int RetentionDays = 365);
