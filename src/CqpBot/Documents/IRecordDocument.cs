using CqpBot.Domain.Records;

namespace CqpBot.Documents;

/// <summary>One written form of an interview record (the filled guide as DOCX or PDF, the JSON export).</summary>
public interface IRecordDocument
{
    /// <summary>The short name a link or a route asks for: "docx", "pdf", "json".</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>The file name extension, with its dot.</summary>
    string Extension { get; }

    void Write(InterviewRecord record, Stream stream);

    /// <summary>
    /// For an HTTP response body: Kestrel refuses synchronous writes, and OpenXml needs a seekable stream, so the
    /// document is made in memory (a guide is tens of kilobytes) and then copied.
    /// </summary>
    async Task WriteAsync(InterviewRecord record, Stream stream, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        Write(record, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);
    }
}
