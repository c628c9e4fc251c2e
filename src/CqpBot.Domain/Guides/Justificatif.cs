namespace CqpBot.Domain.Guides;

/// <summary>A piece the VAE candidate must send (001 §3.2).</summary>
public sealed record Justificatif(string Id, string Text, Source Source);
