namespace CqpBot.Documents.Content;

/// <summary>A filled form field of the guide's header: "Label : value".</summary>
public sealed record DocField(string Label, string Value) : DocBlock;
