namespace CqpBot.Documents.Content;

/// <summary>A heading: the guide's title, the CQP line, a section or a bloc.</summary>
public sealed record DocHeading(string Text, HeadingLevel Level) : DocBlock;
