namespace CqpBot.Documents.Content;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphKind
{
    Normal,
    Strong,

    /// <summary>A statement the reader must not miss (pre-orientation, provisional record): bold, framed.</summary>
    Notice,
    Bullet,
}
