namespace CqpBot.Documents.Content;

/// <summary>
/// One element of the guide as both renderers see it: the DOCX and the PDF are drawn from the same list,
/// so they cannot drift apart in content.
/// </summary>
public abstract record DocBlock;
