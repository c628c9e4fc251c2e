using System.Text.Json.Nodes;
using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Domain.Tests.Dialogs;

/// <summary>A broken guide is refused with the file, the JSON path and what is wrong.</summary>
public class InvalidDialogsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cqpbot-dialogs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static JsonObject ShippedGuide() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Dialogs, "charge-accueil-relation-clients.json")))!.AsObject();

    private IReadOnlyList<DialogError> Check(JsonObject guide)
    {
        var file = Path.Combine(folder, "charge-accueil-relation-clients.json");
        File.WriteAllText(file, guide.ToJsonString());
        return DialogsLoader.Check(file, Repository.Dialogs);
    }

    [Fact]
    public void The_shipped_guide_passes() => Assert.Empty(Check(ShippedGuide()));

    [Fact]
    public void A_missing_field_is_named_with_its_path()
    {
        var guide = ShippedGuide();
        guide["blocs"]![1]!.AsObject().Remove("title");

        var error = Assert.Single(Check(guide));
        Assert.Equal("charge-accueil-relation-clients.json", error.File);
        Assert.Equal("$.blocs[1]", error.Path);
        Assert.Equal("missing required field 'title'", error.Message);
    }

    [Fact]
    public void An_unknown_answer_scale_is_refused()
    {
        var guide = ShippedGuide();
        guide["answerScale"] = "de-un-a-cinq";

        var error = Assert.Single(Check(guide));
        Assert.Equal("$.answerScale", error.Path);
        Assert.StartsWith("unknown answer scale 'de-un-a-cinq'", error.Message);
    }

    [Fact]
    public void A_duplicate_id_points_at_both_places()
    {
        var guide = ShippedGuide();
        var first = (string)guide["blocs"]![0]!["competences"]![0]!["id"]!;
        guide["blocs"]![0]!["competences"]![1]!["id"] = first;

        var errors = Check(guide);
        Assert.Contains(errors, e => e.Path == "$.blocs[0].competences[1].id" && e.Message == $"duplicate id '{first}' (first used at $.blocs[0].competences[0].id)");
    }

    [Fact]
    public void A_bloc_without_competences_is_refused()
    {
        var guide = ShippedGuide();
        guide["blocs"]![2]!["competences"] = new JsonArray();

        var errors = Check(guide);
        Assert.Contains(errors, e => e.Path == "$.blocs[2].competences" && e.Message == "must have at least 1 item(s), found 0");
    }

    [Fact]
    public void A_competence_without_question_is_refused()
    {
        var guide = ShippedGuide();
        var bloc = guide["blocs"]![0]!.AsObject();
        var lonely = bloc["competences"]![0]!.DeepClone().AsObject();
        lonely["id"] = "competence-sans-question";
        bloc["competences"]!.AsArray().Add(lonely);

        var error = Assert.Single(Check(guide));
        Assert.Equal($"$.blocs[0].competences[{bloc["competences"]!.AsArray().Count - 1}]", error.Path);
        Assert.Equal("competence 'competence-sans-question' has no question: no answer row with questions covers it", error.Message);
    }

    [Fact]
    public void A_dangling_reference_is_refused()
    {
        var guide = ShippedGuide();
        guide["blocs"]![0]!["rows"]![0]!["questions"]![0] = "question-inexistante";

        var errors = Check(guide);
        Assert.Contains(errors, e => e.Path == "$.blocs[0].rows[0].questions[0]" && e.Message.StartsWith("unknown question 'question-inexistante'"));
    }

    [Fact]
    public void Invalid_json_gives_the_line()
    {
        var file = Path.Combine(folder, "casse.json");
        File.WriteAllText(file, "{\n  \"id\": \"casse\",\n  oups\n}");

        var error = Assert.Single(DialogsLoader.Check(file, Repository.Dialogs));
        Assert.StartsWith("line 3", error.Path);
        Assert.StartsWith("not valid JSON", error.Message);
    }

    [Fact]
    public void Loading_a_folder_with_a_broken_file_refuses_to_start_and_lists_the_problem()
    {
        foreach (var file in Directory.GetFiles(Repository.Dialogs, "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var guide = ShippedGuide();
        guide["unitLabel"] = "Chapitre";
        File.WriteAllText(Path.Combine(folder, "charge-accueil-relation-clients.json"), guide.ToJsonString());

        var refused = Assert.Throws<InvalidDialogsException>(() => DialogsLoader.Load(folder));
        Assert.Contains(refused.Errors, e => e.Path == "$.unitLabel" && e.Message == "\"Chapitre\" is not one of \"Bloc\", \"Domaine\"");
        Assert.Contains("charge-accueil-relation-clients.json: $.unitLabel", refused.Message);
    }
}
