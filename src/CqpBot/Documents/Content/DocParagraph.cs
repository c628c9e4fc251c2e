namespace CqpBot.Documents.Content;

/// <summary>A paragraph of running text; it wraps, and a line break in <see cref="Text"/> starts a new line.</summary>
public sealed record DocParagraph(string Text, ParagraphKind Kind = ParagraphKind.Normal) : DocBlock;
