using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CqpBot.Deployment.Tests;

public partial class TeamsPackageTests
{
    private const string BotId = "0b5c4a2e-7d41-4c3f-9e5a-1f2d3c4b5a69";
    private const string Domain = "cqpbot-test.azurewebsites.net";
    private static readonly string ManifestPath = Path.Combine(Repository.Teams, "manifest.json");

    private static JsonObject Manifest => JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();

    [Fact]
    public void Manifest_is_version_1_17_with_a_personal_bot_behind_the_bot_id_placeholder()
    {
        var manifest = Manifest;
        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal("1.17", (string?)manifest["manifestVersion"]);

        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);

        var commands = Assert.Single(bot["commandLists"]!.AsArray())!;
        Assert.Equal(["personal"], commands["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal(["aide", "progression", "reprendre", "recommencer"], commands["commands"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Fact]
    public void Manifest_names_the_app_in_french_within_the_schema_limits()
    {
        var manifest = Manifest;
        const string title = "CqpBot – Entretien d'accueil et d'orientation CQP";
        Assert.Equal(title, (string?)manifest["name"]!["full"]);
        Assert.Equal(title, (string?)manifest["description"]!["short"]);

        // Limits of the v1.17 schema.
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Matches("^#[0-9a-fA-F]{6}$", (string?)manifest["accentColor"]);
        foreach (var command in manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray())
        {
            Assert.InRange(((string)command!["title"]!).Length, 1, 32);
            Assert.InRange(((string)command["description"]!).Length, 1, 128);
        }
    }

    [Fact]
    public void Icons_exist_with_the_sizes_teams_asks()
    {
        var icons = Manifest["icons"]!;
        var color = Png.Read(Path.Combine(Repository.Teams, (string)icons["color"]!));
        Assert.Equal((192, 192), (color.Width, color.Height));

        var outline = Png.Read(Path.Combine(Repository.Teams, (string)icons["outline"]!));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var outline = Png.Read(Path.Combine(Repository.Teams, (string)Manifest["icons"]!["outline"]!));
        Assert.True(outline.HasAlpha);
        var pixels = outline.Pixels().ToList();
        Assert.Equal(0, pixels[0].A);
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [BashFact]
    public void Make_package_zips_the_manifest_with_the_bot_id_and_the_icons()
    {
        using var work = new TempCopy(Repository.Teams);
        var run = Run.Program("bash", [Path.Combine(work.Path, "make-package.sh"), BotId, Domain]);
        Assert.True(run.ExitCode == 0, run.Error);

        var zipPath = Path.Combine(work.Path, "build", "cqpbot-teams.zip");
        Assert.Equal(zipPath, run.Output.Trim());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = reader.ReadToEnd();
        Assert.DoesNotContain("${{", text);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(BotId, (string?)manifest["id"]);
        Assert.Equal("1.0.0", (string?)manifest["version"]);
        Assert.Equal($"https://{Domain}/", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("CqpBot – Entretien d'accueil et d'orientation CQP", (string?)manifest["name"]!["full"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(work.Path, "color.png")), ReadAll(zip.GetEntry("color.png")!));
    }

    [BashFact]
    public void Make_package_takes_the_bot_id_from_MICROSOFT_APP_ID()
    {
        using var work = new TempCopy(Repository.Teams);
        var run = Run.Program("bash", [Path.Combine(work.Path, "make-package.sh")],
            new Dictionary<string, string?> { ["MICROSOFT_APP_ID"] = BotId, ["BOT_DOMAIN"] = Domain, ["APP_VERSION"] = "2.3.4" });
        Assert.True(run.ExitCode == 0, run.Error);

        using var zip = ZipFile.OpenRead(Path.Combine(work.Path, "build", "cqpbot-teams.zip"));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal(BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
    }

    [BashFact]
    public void Make_package_refuses_a_bot_id_that_is_not_a_guid()
    {
        using var work = new TempCopy(Repository.Teams);
        var run = Run.Program("bash", [Path.Combine(work.Path, "make-package.sh"), "not-a-guid", Domain]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("GUID", run.Error);
        Assert.False(File.Exists(Path.Combine(work.Path, "build", "cqpbot-teams.zip")));
    }

    [Fact]
    public void Manifest_placeholders_are_the_ones_make_package_replaces()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(ManifestPath)).Select(m => m.Groups[1].Value).ToHashSet();
        var script = File.ReadAllText(Path.Combine(Repository.Teams, "make-package.sh"));
        var replaced = Replaced().Matches(script).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains("BOT_ID", placeholders);
        Assert.Equal(placeholders.Order(), replaced.Order());
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^replace ([A-Z_]+) ", RegexOptions.Multiline)]
    private static partial Regex Replaced();

    /// <summary>A copy of a folder in a fresh temporary directory (its build/ output left out), removed on dispose.</summary>
    private sealed class TempCopy : IDisposable
    {
        public TempCopy(string source)
        {
            Path = Directory.CreateTempSubdirectory("cqpbot-teams-").FullName;
            foreach (var file in Directory.EnumerateFiles(source))
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
