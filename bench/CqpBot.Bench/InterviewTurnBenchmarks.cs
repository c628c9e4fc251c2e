using BenchmarkDotNet.Attributes;
using CqpBot.Bot;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;

namespace CqpBot.Bench;

/// <summary>
/// What one turn costs inside the process, without HTTP or the store: state read from JSON, the engine, state written
/// back, as the bot does per turn; played with the typed answers of bench/turns-accueil.txt. Also the size of the
/// state of a finished 5-domaine interview (target: at most 16 KB of JSON).
/// </summary>
[MemoryDiagnoser]
public class InterviewTurnBenchmarks
{
    private const int TurnsPerInterview = 33;

    private InterviewEngine engine = null!;
    private string[] answers = [];
    private string finishedJson = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot.Find();
        engine = new InterviewEngine(new LibraryGuideSource(DialogsLoader.Load(Path.Combine(root, "dialogs"))), TimeProvider.System);
        // The first line greets (the bot, not the engine, starts the interview); the last one starts the next interview.
        answers = File.ReadAllLines(Path.Combine(root, "bench", "turns-accueil.txt")).Where(l => l.Length > 0).ToArray()[1..^1];
        if (answers.Length != TurnsPerInterview)
            throw new InvalidOperationException($"turns-accueil.txt now has {answers.Length} engine turns: update {nameof(TurnsPerInterview)}");
        finishedJson = PlayWholeInterview();
        Console.WriteLine($"// state of a finished 5-domaine interview: {System.Text.Encoding.UTF8.GetByteCount(finishedJson)} bytes of JSON ({answers.Length} turns)");
    }

    /// <summary>A whole interview; the per-turn cost is this divided by the number of turns (reported per operation).</summary>
    [Benchmark(OperationsPerInvoke = TurnsPerInterview)]
    public string WholeInterviewPerTurn() => PlayWholeInterview();

    [Benchmark]
    public InterviewState ReadFinishedState() => StateJson.Read(finishedJson);

    [Benchmark]
    public string WriteFinishedState() => StateJson.Write(StateJson.Read(finishedJson));

    private string PlayWholeInterview()
    {
        var json = StateJson.Write(engine.Start("bench").State);
        foreach (var answer in answers)
            json = StateJson.Write(engine.Handle(StateJson.Read(json), Input.Typed(answer)).State);
        return json;
    }
}
