using CqpBot.Domain.Records;

namespace CqpBot.Documents;

/// <summary>Many records in one file, for a centre's follow-up (the CSV export).</summary>
public interface IRecordsExport
{
    string ContentType { get; }

    string Extension { get; }

    void Write(IEnumerable<InterviewRecord> records, Stream stream);
}
