using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CqpBot.Deployment.Tests;

public partial class BicepTests
{
    private static readonly string BicepPath = Path.Combine(Repository.Templates, "main.bicep");

    [Fact]
    public void Bicep_source_names_every_app_setting_of_the_template()
    {
        var named = AppSettingName().Matches(File.ReadAllText(BicepPath)).Select(m => m.Groups[1].Value).ToHashSet();
        var template = ArmTemplate.Load();
        Assert.Empty(template.AppSettings.Keys.Except(named));
        Assert.Empty(BotSettings.Keys.Except(named));
    }

    [BicepFact]
    public void Compiling_main_bicep_gives_azuredeploy_json()
    {
        var output = Path.Combine(Path.GetTempPath(), "cqpbot-bicep-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(Tools.Bicep!, File.GetUnixFileMode(Tools.Bicep!) | UnixFileMode.UserExecute);
            var run = Run.Program(Tools.Bicep!, ["build", BicepPath, "--outfile", output]);
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.DoesNotContain(": Error ", run.Error);
            Assert.DoesNotContain(": Warning ", run.Error);

            var compiled = WithoutGenerator(File.ReadAllText(output));
            var checkedIn = WithoutGenerator(File.ReadAllText(ArmTemplate.Path));
            Assert.True(JsonNode.DeepEquals(compiled, checkedIn), "azuredeploy.json is not main.bicep compiled: run deploymentTemplates/build.sh");
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The template without metadata._generator (compiler version and hash), which differs between Bicep releases.</summary>
    private static JsonNode WithoutGenerator(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["metadata"]?.AsObject().Remove("_generator");
        return node;
    }

    [GeneratedRegex(@"name:\s*'([^']+)'")]
    private static partial Regex AppSettingName();
}
