using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Domain.Guides.Loading;

/// <summary>Loads dialogs/: schema validation with JSON paths, then the semantic rules, then typed records.</summary>
public static class DialogsLoader
{
    public const string CatalogueFile = "catalogue.json";

    private static readonly Lazy<SchemaValidator> GuideSchema = new(() => LoadSchema("guide.schema.json"));
    private static readonly Lazy<SchemaValidator> CatalogueSchema = new(() => LoadSchema("catalogue.schema.json"));

    /// <summary>Loads every file of the folder; throws <see cref="InvalidDialogsException"/> listing every problem.</summary>
    public static GuideLibrary Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InvalidDialogsException([new DialogError(directory, "$", "dialogs folder not found")]);

        var errors = new List<DialogError>();
        var guideFiles = GuideFiles(directory).ToList();
        var guideIds = guideFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();
        var catalogue = ReadCatalogue(Path.Combine(directory, CatalogueFile), guideIds, errors);

        var guides = new Dictionary<string, LoadedGuide>();
        foreach (var file in guideFiles)
        {
            var loaded = ReadGuide(file, catalogue, errors);
            if (loaded is not null)
                guides[loaded.Guide.Id] = loaded;
        }

        if (catalogue is not null)
        {
            foreach (var missing in guideIds.Where(id => catalogue.Cqp(id) is { } cqp && cqp.Guide != id))
                errors.Add(new DialogError(CatalogueFile, "$.cqps", $"CQP '{missing}' has a guide file but its catalogue entry does not name it in \"guide\""));
        }

        if (errors.Count > 0 || catalogue is null)
            throw new InvalidDialogsException(errors);
        return new GuideLibrary(catalogue, guides);
    }

    /// <summary>Checks one file (a guide, or catalogue.json) against the shipped catalogue of <paramref name="dialogsDirectory"/>.</summary>
    public static IReadOnlyList<DialogError> Check(string file, string dialogsDirectory)
    {
        var errors = new List<DialogError>();
        if (!File.Exists(file))
        {
            errors.Add(new DialogError(file, "$", "file not found"));
            return errors;
        }

        if (Path.GetFileName(file) == CatalogueFile)
        {
            var guideIds = GuideFiles(Path.GetDirectoryName(Path.GetFullPath(file))!).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();
            ReadCatalogue(file, guideIds, errors);
            return errors;
        }

        var shipped = Path.Combine(dialogsDirectory, CatalogueFile);
        var catalogue = File.Exists(shipped) ? ReadCatalogue(shipped, null, []) : null;
        ReadGuide(file, catalogue, errors);
        return errors;
    }

    private static IEnumerable<string> GuideFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*.json")
            .Where(f => Path.GetFileName(f) != CatalogueFile && !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static Catalogue? ReadCatalogue(string file, IReadOnlySet<string>? guideIds, List<DialogError> errors)
    {
        var name = Path.GetFileName(file);
        var (catalogue, _) = Read<Catalogue>(file, CatalogueSchema.Value, errors);
        if (catalogue is null)
            return null;
        var problems = CatalogueSemantics.Check(catalogue, guideIds).Select(p => new DialogError(name, p.Path, p.Message)).ToList();
        errors.AddRange(problems);
        return problems.Count == 0 ? catalogue : null;
    }

    private static LoadedGuide? ReadGuide(string file, Catalogue? catalogue, List<DialogError> errors)
    {
        var name = Path.GetFileName(file);
        var (guide, json) = Read<Guide>(file, GuideSchema.Value, errors);
        if (guide is null)
            return null;

        var problems = GuideSemantics.Check(guide, catalogue).Select(p => new DialogError(name, p.Path, p.Message)).ToList();
        if (guide.Id != Path.GetFileNameWithoutExtension(file))
            problems.Add(new DialogError(name, "$.id", $"id '{guide.Id}' must equal the file name '{Path.GetFileNameWithoutExtension(file)}'"));
        errors.AddRange(problems);
        return problems.Count == 0 ? new LoadedGuide(guide, Fingerprint(json), json) : null;
    }

    private static (T? Value, string Json) Read<T>(string file, SchemaValidator schema, List<DialogError> errors)
        where T : class
    {
        var name = Path.GetFileName(file);
        var json = File.ReadAllText(file, Encoding.UTF8);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new DialogError(name, $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}", "not valid JSON: " + FirstSentence(e.Message)));
            return (null, json);
        }

        var schemaErrors = schema.Validate(node);
        if (schemaErrors.Count > 0)
        {
            errors.AddRange(schemaErrors.Select(e => new DialogError(name, e.Path, e.Message)));
            return (null, json);
        }

        return (node.Deserialize<T>(DialogsJson.Options), json);
    }

    /// <summary>A short content hash: an interview records it so that a later edit of the file cannot change it underneath.</summary>
    public static string Fingerprint(string json) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16].ToLowerInvariant();

    private static string FirstSentence(string message) => message.Split(" Path:")[0];

    private static SchemaValidator LoadSchema(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema {name} missing.");
        return new SchemaValidator(JsonNode.Parse(stream)!.AsObject());
    }
}
