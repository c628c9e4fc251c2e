using CqpBot.Documents.Content;
using CqpBot.Domain.Records;

namespace CqpBot.Documents;

/// <summary>The filled guide in some file format: both formats draw the same <see cref="GuideContent"/>.</summary>
public abstract class GuideDocument(TimeProvider clock) : IRecordDocument
{
    public abstract string Format { get; }

    public abstract string ContentType { get; }

    public abstract string Extension { get; }

    public void Write(InterviewRecord record, Stream stream)
    {
        var generatedAt = clock.GetUtcNow();
        Render(GuideContentBuilder.Build(record, generatedAt), generatedAt, stream);
    }

    protected abstract void Render(GuideContent content, DateTimeOffset generatedAt, Stream stream);
}
