using CqpBot.Documents.Pdf;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Tests;
using CqpBot.Records;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Documents.Tests;

/// <summary>Signed download links: one interview, one format, a short time, and nothing else.</summary>
public class SignedRecordLinksTests
{
    private const string Key = "a-signing-key-of-at-least-32-characters!";

    private static readonly InterviewState Concluded = new() { Id = "conv-42", CqpId = SampleRecords.Cqp, Step = new Step(StepKind.Conclusion) };

    private readonly FixedClock clock = FixedClock.At(2026, 11, 23);

    private SignedRecordLinks Links(string? key = Key, bool pdf = true)
    {
        var settings = new Dictionary<string, string?> { ["Records:SigningKey"] = key, ["Records:PublicBaseUrl"] = "https://cqpbot.example.org/" };
        if (pdf)
            settings["Documents:PdfSharpLicense"] = PdfSharpLicence.Agpl;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<TimeProvider>(clock).AddRecordDocuments(configuration).AddSignedRecordLinks(configuration)
            .BuildServiceProvider().GetRequiredService<SignedRecordLinks>();
    }

    private static (string Id, string Format, long Expires, string Signature) Parse(string url)
    {
        var uri = new Uri(url);
        var query = QueryHelpers.ParseQuery(uri.Query);
        var file = Uri.UnescapeDataString(uri.AbsolutePath[SignedRecordLinks.PathPrefix.Length..]);
        var dot = file.LastIndexOf('.');
        return (file[..dot], file[(dot + 1)..], long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture), query["signature"]!);
    }

    [Fact]
    public void A_concluded_interview_gets_one_absolute_link_per_document_that_verifies()
    {
        var links = Links();
        var offered = links.For(Concluded, "conversation");

        Assert.Equal(["Guide d'entretien (PDF)", "Guide d'entretien (Word)", "Données de l'entretien (JSON)"], offered.Select(l => l.Title));
        Assert.All(offered, l => Assert.StartsWith("https://cqpbot.example.org/records/conv-42.", l.Url, StringComparison.Ordinal));
        Assert.All(offered.Select(l => Parse(l.Url)), p => Assert.True(links.Verify(p.Id, p.Format, p.Expires, p.Signature)));
    }

    [Fact]
    public void No_links_before_the_conclusion()
    {
        Assert.Empty(Links().For(Concluded with { Step = new Step(StepKind.Row, "r1") }, "conversation"));
        Assert.Empty(Links().For(Concluded with { CqpId = null }, "conversation"));
    }

    [Fact]
    public void Without_a_pdf_licence_no_pdf_link_is_offered()
    {
        Assert.DoesNotContain(Links(pdf: false).For(Concluded, "c"), l => l.Url.Contains(".pdf?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_stops_working_after_its_lifetime()
    {
        var links = Links();
        var p = Parse(links.For(Concluded, "c")[0].Url);

        clock.Now = clock.Now.AddMinutes(15);
        Assert.True(links.Verify(p.Id, p.Format, p.Expires, p.Signature));
        clock.Now = clock.Now.AddSeconds(1);
        Assert.False(links.Verify(p.Id, p.Format, p.Expires, p.Signature));
    }

    [Fact]
    public void Another_interview_format_expiry_or_key_does_not_verify()
    {
        var links = Links();
        var p = Parse(links.For(Concluded, "c")[0].Url);

        Assert.False(links.Verify("conv-43", p.Format, p.Expires, p.Signature));
        Assert.False(links.Verify(p.Id, "json", p.Expires, p.Signature));
        Assert.False(links.Verify(p.Id, p.Format, p.Expires + 3600, p.Signature));
        Assert.False(Links("another-signing-key-of-32-characters-too").Verify(p.Id, p.Format, p.Expires, p.Signature));
        Assert.False(links.Verify(p.Id, p.Format, p.Expires, "not base64url!"));
        Assert.False(links.Verify(p.Id, p.Format, p.Expires, null));
    }

    [Fact]
    public void A_short_signing_key_is_refused_and_none_means_a_key_of_this_process_only()
    {
        Assert.Throws<ArgumentException>(() => Links("too-short"));

        var p = Parse(Links(key: null).For(Concluded, "c")[0].Url);
        Assert.False(Links(key: null).Verify(p.Id, p.Format, p.Expires, p.Signature));
    }
}
