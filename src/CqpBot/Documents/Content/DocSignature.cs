namespace CqpBot.Documents.Content;

/// <summary>An empty bordered area, under its label, for a handwritten signature or a stamp.</summary>
public sealed record DocSignature(string Label) : DocBlock;
