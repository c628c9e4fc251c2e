namespace CqpBot.Documents.Content;

/// <summary>How prominent a heading is.</summary>
public enum HeadingLevel
{
    Title,
    Subtitle,
    Section,
    Subsection,
}
