using CqpBot.Documents.Pdf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Documents.Tests;

/// <summary>What AddRecordDocuments offers the host, and how a document reaches a response body.</summary>
public class RecordDocumentsRegistrationTests
{
    private static RecordDocuments Registered(string? pdfLicence)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(pdfLicence is null ? [] : [new("Documents:PdfSharpLicense", pdfLicence)])
            .Build();
        return new ServiceCollection().AddSingleton<TimeProvider>(Documents.Clock).AddRecordDocuments(configuration)
            .BuildServiceProvider().GetRequiredService<RecordDocuments>();
    }

    [Fact]
    public void Without_a_pdfsharp_licence_the_docx_and_json_are_offered_but_no_pdf()
    {
        var documents = Registered(null);

        Assert.Equal(["docx", "json"], documents.Formats.Order());
        Assert.Null(documents.Find("pdf"));
    }

    [Fact]
    public void With_a_licence_configured_the_pdf_is_offered_too_by_format_name_in_any_case()
    {
        var documents = Registered(PdfSharpLicence.Agpl);

        Assert.Equal(["docx", "json", "pdf"], documents.Formats.Order());
        Assert.Equal("application/pdf", documents.Find("PDF")!.ContentType);
    }

    [Fact]
    public async Task Every_document_writes_asynchronously_to_a_stream_that_cannot_seek_nor_write_synchronously()
    {
        var record = SampleRecords.Entretien();
        var documents = Registered(PdfSharpLicence.Agpl);
        async Task<byte[]> Written(string format)
        {
            using var inner = new MemoryStream();
            await using var body = new ResponseBodyLike(inner);
            await documents.Find(format)!.WriteAsync(record, body);
            return inner.ToArray();
        }

        Assert.Equal(SampleRecords.Candidate, OpenedDocx.Read(await Written("docx")).Field("Nom et prénom du candidat"));
        var pdf = System.Text.Encoding.ASCII.GetString(await Written("pdf"));
        Assert.StartsWith("%PDF-", pdf);
        Assert.EndsWith("%%EOF\n", pdf);
        Assert.Equal(record.InterviewId, System.Text.Json.Nodes.JsonNode.Parse(await Written("json"))!["interviewId"]!.GetValue<string>());
    }

    [Fact]
    public void The_download_name_says_the_cqp_and_the_interview_but_never_the_candidate()
    {
        var record = SampleRecords.Entretien();
        var name = RecordFileName.For(record, Documents.Pdf);

        Assert.Equal($"entretien-{SampleRecords.Cqp}-testinterview.pdf", name);
        Assert.DoesNotContain("Lef", name, StringComparison.Ordinal);
    }

    /// <summary>Like Kestrel's response body: forward only, and synchronous writes refused.</summary>
    private sealed class ResponseBodyLike(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
