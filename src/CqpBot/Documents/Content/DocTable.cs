namespace CqpBot.Documents.Content;

/// <summary>A table with a header row repeated on each page; <see cref="Widths"/> are relative column widths.</summary>
public sealed record DocTable(IReadOnlyList<double> Widths, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<DocCell>> Rows) : DocBlock;
