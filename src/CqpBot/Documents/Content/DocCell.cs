namespace CqpBot.Documents.Content;

/// <summary>A table cell: one paragraph per line (a competence, an activity...).</summary>
public sealed record DocCell(IReadOnlyList<string> Lines, bool Centered = false, bool Bold = false)
{
    public static DocCell Of(string? text, bool centered = false, bool bold = false) =>
        new(string.IsNullOrEmpty(text) ? [] : [text], centered, bold);
}
