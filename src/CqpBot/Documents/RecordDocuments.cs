namespace CqpBot.Documents;

/// <summary>The registered documents by format name, for a route or a signed link that names one ("pdf").</summary>
public sealed class RecordDocuments(IEnumerable<IRecordDocument> documents)
{
    private readonly Dictionary<string, IRecordDocument> byFormat =
        documents.ToDictionary(d => d.Format, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Formats => byFormat.Keys;

    public IRecordDocument? Find(string format) => byFormat.GetValueOrDefault(format);
}
