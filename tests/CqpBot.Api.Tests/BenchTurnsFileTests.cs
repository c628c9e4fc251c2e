namespace CqpBot.Api.Tests;

/// <summary>
/// bench/turns-accueil.txt drives the benchmark through whole interviews by typed answers only: played as the load
/// generator plays it (one conversation, the file cycled), every pass must reach the conclusion, or the figures would
/// measure reprompts.
/// </summary>
public class BenchTurnsFileTests
{
    private static readonly string[] Turns = File.ReadAllLines(Path.Combine(Repository.Root, "bench", "turns-accueil.txt")).Where(l => l.Length > 0).ToArray();

    [Fact]
    public async Task Each_pass_through_the_bench_turn_file_finishes_an_interview_and_the_last_line_starts_the_next()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation("test");

        for (var pass = 1; pass <= 2; pass++)
        {
            foreach (var line in Turns[..^1])
                await bot.Say(line);
            Assert.Contains("Terminé · 100 %", bot.Text);
            Assert.Contains("Votre pré-orientation", bot.Text);
            await bot.Say(Turns[^1]);
            Assert.Contains("Nouvel entretien", bot.Text);
        }
    }

    [Fact]
    public async Task The_bench_turn_file_is_typed_french_with_no_reprompt_on_a_fresh_conversation()
    {
        await using var app = new CqpBotApplication();
        var bot = app.Conversation("test");

        foreach (var line in Turns)
        {
            await bot.Say(line);
            Assert.DoesNotContain("Je n'ai pas compris", bot.Text);
        }
    }
}
