using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Json;

/// <summary>The record as JSON, in the shape docs/record.schema.json documents (also the RGPD access export).</summary>
public sealed class RecordJson : IRecordDocument
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        // Accents stay readable in the file (é, not \u00e9); the file is served as a download, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public string ContentType => "application/json; charset=utf-8";

    public string Extension => ".json";

    public static string Serialize(InterviewRecord record) => JsonSerializer.Serialize(record, Options);

    public void Write(InterviewRecord record, Stream stream) => JsonSerializer.Serialize(stream, record, Options);
}
