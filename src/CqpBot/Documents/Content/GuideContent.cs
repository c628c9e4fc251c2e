namespace CqpBot.Documents.Content;

/// <summary>The guide of one interview, ready to render: document title, blocks in reading order, footer line.</summary>
public sealed record GuideContent(string Title, IReadOnlyList<DocBlock> Blocks, string Footer);
