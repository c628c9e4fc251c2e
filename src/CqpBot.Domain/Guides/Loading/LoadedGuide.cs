namespace CqpBot.Domain.Guides.Loading;

/// <summary>A guide with the fingerprint of the exact file content it came from, so that an interview keeps its version.</summary>
public sealed record LoadedGuide(Guide Guide, string Fingerprint, string Json);
