namespace CqpBot.Abuse.Tests.Fuzz;

/// <summary>One hostile request: where it goes, with which token, body bytes and content type, and what was done to it.</summary>
public sealed record FuzzRequest(string Path, string? Bearer, string? ContentType, byte[] Body, string Mutation);
