using System.Text.Json;
using System.Text.Json.Nodes;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Records;
using CqpBot.Domain.Tests;

namespace CqpBot.Documents.Tests;

/// <summary>The JSON export against its documented schema, docs/record.schema.json.</summary>
public class RecordJsonTests
{
    private static readonly SchemaValidator Schema =
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "docs", "record.schema.json")))!.AsObject());

    private static readonly Lazy<InterviewRecord> Record = new(() => SampleRecords.Entretien());

    private static JsonNode Export(InterviewRecord record) => JsonNode.Parse(Documents.Write(Documents.Json, record))!;

    [Fact]
    public void A_finished_interview_exports_valid_against_the_schema()
    {
        var json = Export(Record.Value);
        Documents.Keep("record.json", Documents.Write(Documents.Json, Record.Value));

        Assert.Empty(Schema.Validate(json));
    }

    [Fact]
    public void An_interview_stopped_before_the_cqp_is_chosen_exports_valid_too()
    {
        var state = Conversation().State;
        var record = RecordBuilder.Build(state, null, SampleRecords.Library.Catalogue);

        Assert.Empty(Schema.Validate(Export(record)));
        Assert.Equal("en-cours", Export(record)["status"]!.GetValue<string>());
    }

    [Fact]
    public void The_rgpd_access_export_is_the_same_documented_json()
    {
        var talk = Conversation().Say("continuer").Say(SampleRecords.Candidate);
        var export = JsonNode.Parse(Bot.PrivacyExport.Json(talk.State, new Domain.Interview.LibraryGuideSource(SampleRecords.Library)))!;

        Assert.Empty(Schema.Validate(export));
        Assert.Equal(SampleRecords.Candidate, export["header"]!["candidateName"]!.GetValue<string>());
    }

    [Fact]
    public void The_schema_refuses_an_export_missing_its_blocs_or_with_an_unknown_orientation()
    {
        var missing = Export(Record.Value).AsObject();
        missing.Remove("blocs");
        Assert.Contains(Schema.Validate(missing), e => e.Message.Contains("blocs", StringComparison.Ordinal));

        var unknown = Export(Record.Value);
        unknown["blocs"]![0]!["orientation"]!["final"] = "Apprentissage";
        Assert.Contains(Schema.Validate(unknown), e => e.Path == "$.blocs[0].orientation.final");
    }

    [Fact]
    public void The_export_reads_back_as_the_same_record_with_accents_unescaped()
    {
        var bytes = Documents.Write(Documents.Json, Record.Value);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Contains(SampleRecords.Candidate, text);

        var back = JsonSerializer.Deserialize<InterviewRecord>(bytes, Json.RecordJson.Options)!;
        Assert.Equal(Record.Value.Header, back.Header);
        Assert.Equal(Record.Value.Blocs.Select(b => b.Orientation!.Final), back.Blocs.Select(b => b.Orientation!.Final));
        Assert.Equal(Record.Value.Blocs[1].Orientation!.Override, back.Blocs[1].Orientation!.Override);
        Assert.Equal(Record.Value.Blocs.SelectMany(b => b.Rows).Select(r => r.Wish), back.Blocs.SelectMany(b => b.Rows).Select(r => r.Wish));
        Assert.Equal(Record.Value.Justificatifs, back.Justificatifs);
    }

    private static Domain.Tests.Interview.Conversation Conversation() =>
        Domain.Tests.Interview.Conversation.Start(Domain.Interview.Mode.Entretien, guides: new Domain.Interview.LibraryGuideSource(SampleRecords.Library)).Say("j'accepte");
}
