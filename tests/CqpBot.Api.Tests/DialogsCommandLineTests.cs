using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>The real binary: `check-dialogs` accepts the shipped files and rejects a broken one; the bot refuses to start on it.</summary>
public sealed class DialogsCommandLineTests : IDisposable
{
    private readonly string broken = Directory.CreateTempSubdirectory("cqpbot-dialogs-").FullName;

    public DialogsCommandLineTests()
    {
        foreach (var file in Directory.GetFiles(Repository.Dialogs))
            File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
        var path = Path.Combine(broken, "teleconseiller.json");
        var guide = JsonNode.Parse(File.ReadAllText(path))!;
        guide["blocs"]![0]!["rows"]![0]!["competences"]![0] = "competence-inconnue";
        File.WriteAllText(path, guide.ToJsonString());
    }

    public void Dispose() => Directory.Delete(broken, recursive: true);

    [Fact]
    public async Task Check_dialogs_accepts_every_shipped_file_with_exit_code_0()
    {
        var files = Directory.GetFiles(Repository.Dialogs, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToArray();

        var (exit, output) = await RunAsync(Repository.Dialogs, ["check-dialogs", .. files]);

        Assert.True(exit == 0, output);
        Assert.Equal(files.Length, output.Split('\n').Count(l => l.TrimEnd().EndsWith(": OK", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_dialogs_rejects_a_broken_file_with_its_path_and_exit_code_1()
    {
        var (exit, output) = await RunAsync(broken, ["check-dialogs", Path.Combine(broken, "teleconseiller.json")]);

        Assert.Equal(1, exit);
        Assert.Contains("teleconseiller.json: $.blocs[0].rows[0].competences[0]: unknown competence 'competence-inconnue'", output);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_on_a_broken_dialogs_folder()
    {
        var (exit, output) = await RunAsync(broken, ["--urls", "http://127.0.0.1:0"]);

        Assert.Equal(1, exit);
        Assert.Contains("CqpBot cannot start: dialogs/ holds invalid files.", output);
        Assert.Contains("$.blocs[0].rows[0].competences[0]", output);
        Assert.DoesNotContain("CqpBot is ready", output);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string dialogs, string[] arguments)
    {
        var database = Path.Combine(Path.GetTempPath(), $"cqpbot-cli-{Guid.NewGuid():N}.db");
        try
        {
            return await ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "CqpBot.dll"), .. arguments], AppContext.BaseDirectory,
                new Dictionary<string, string> { ["Dialogs__Path"] = dialogs, ["Storage__Sqlite__Path"] = database });
        }
        finally
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
                File.Delete(file);
        }
    }
}
