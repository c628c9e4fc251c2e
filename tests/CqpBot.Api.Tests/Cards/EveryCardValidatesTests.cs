using System.Text.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests.Cards;

/// <summary>
/// Every card the bot sends, in every mode and for every CQP with a guide, parses cleanly in Microsoft's own Adaptive
/// Cards library at the version the card declares (tests/card-validation, the `adaptivecards` npm package).
/// </summary>
public class EveryCardValidatesTests
{
    private static readonly string Validator = Path.Combine(Repository.Root, "tests", "card-validation");

    public static TheoryData<string, string, string> Interviews()
    {
        var data = new TheoryData<string, string, string>();
        var catalogue = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Dialogs, "catalogue.json")))!;
        foreach (var cqp in catalogue["cqps"]!.AsArray().Where(c => c!["guide"] is not null))
        {
            data.Add("auto", "webchat", (string)cqp!["title"]!);
            data.Add("entretien", "msteams", (string)cqp["title"]!);
        }
        data.Add("prequalif", "webchat", "Conseiller(ère) mutualiste");
        return data;
    }

    [Theory]
    [MemberData(nameof(Interviews))]
    public async Task Every_card_of_a_whole_interview_validates_at_its_declared_version(string mode, string channel, string cqp)
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation(channel);
        await bot.Join(mode);
        var autopilot = new CardAutopilot(bot, ["J'accepte", "Continuer", cqp, "Tout le CQP", "Terminer"]);
        await autopilot.RunAsync();

        Assert.Contains("Terminé", bot.Text);
        Assert.All(autopilot.Cards, c => Assert.Equal("1.5", (string?)c["version"]));
        var (exitCode, output) = await ValidateAsync(autopilot.Cards);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"{autopilot.Cards.Count} cards checked, 0 problems", output);
    }

    [Fact]
    public async Task The_validator_rejects_a_card_that_uses_a_newer_feature_than_it_declares()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.2","body":[{"type":"Input.Text","id":"x","label":"Nom","isRequired":true}]}""")!.AsObject();

        var (exitCode, output) = await ValidateAsync([card]);

        Assert.Equal(1, exitCode);
        Assert.Contains("supported in version 1.3", output);
    }

    private static async Task<(int ExitCode, string Output)> ValidateAsync(IReadOnlyList<JsonObject> cards)
    {
        Assert.True(Directory.Exists(Path.Combine(Validator, "node_modules", "adaptivecards")), "tests/card-validation/node_modules is missing: run .ci/setup.sh (npm ci)");
        var file = Path.Combine(Path.GetTempPath(), $"cqpbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(cards));
        try
        {
            return await ChildProcess.RunAsync("node", ["validate.js", file], Validator);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
