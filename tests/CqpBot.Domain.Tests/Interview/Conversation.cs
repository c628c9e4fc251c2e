using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>Plays an interview by typed text, as a person would, and reads what the bot shows.</summary>
public sealed class Conversation
{
    private static readonly Lazy<GuideLibrary> SharedLibrary = new(() => DialogsLoader.Load(Repository.Dialogs));

    private readonly InterviewEngine engine;

    private Conversation(InterviewEngine engine, TurnResult start)
    {
        this.engine = engine;
        State = start.State;
        Last = start.Outputs;
    }

    public static GuideLibrary Library => SharedLibrary.Value;

    public InterviewState State { get; private set; }

    public IReadOnlyList<Output> Last { get; private set; }

    public bool LastApplied { get; private set; } = true;

    public FixedClock Clock { get; private init; } = FixedClock.At(2026, 11, 23);

    public StepKind Step => State.Step.Kind;

    public Output Current => Last[^1];

    public string Text => string.Join("\n", Last.Select(Describe));

    public static Conversation Start(Mode? mode = null, FixedClock? clock = null, IGuideSource? guides = null)
    {
        clock ??= FixedClock.At(2026, 11, 23);
        var engine = new InterviewEngine(guides ?? new LibraryGuideSource(Library), clock, new InterviewSettings(365));
        return new Conversation(engine, engine.Start("test-interview", mode)) { Clock = clock };
    }

    public static Conversation Resume(InterviewState state, IGuideSource? guides = null)
    {
        var engine = new InterviewEngine(guides ?? new LibraryGuideSource(Library), FixedClock.At(2026, 11, 23));
        return new Conversation(engine, new TurnResult(state, engine.Show(state), true));
    }

    public Conversation Say(string text) => Apply(Input.Typed(text));

    public Conversation Press(string value, string? forStep = null) => Apply(Input.Pressed(value, forStep ?? State.Step.Key));

    public Conversation Apply(Input input)
    {
        var result = engine.Handle(State, input);
        State = result.State;
        Last = result.Outputs;
        LastApplied = result.Applied;
        return this;
    }

    /// <summary>Answers the accueil part: consent, the mode if asked, the header in Entretien mode, the CQP, the scope.</summary>
    public Conversation Begin(string cqp, string scope = "tout")
    {
        Say("j'accepte");
        if (Step == StepKind.ChooseMode)
            Say("1");
        Say("continuer");
        if (Step == StepKind.HeaderCandidate)
            Say("Camille Martin").Say("Dominique Durand").Say("Responsable formation").Say("Mutuelle de l'Ouest");
        Say(cqp);
        if (Step == StepKind.PresentCqp)
            Say("continuer").Say(scope);
        return this;
    }

    /// <summary>Answers every open question from the profile, whatever order the steps come in.</summary>
    public Conversation Tell(Profile profile)
    {
        for (var guard = 0; guard < 30; guard++)
        {
            var answer = Step switch
            {
                StepKind.ExperienceDuration => profile.Duration,
                StepKind.ExperienceRecent => profile.Recent,
                StepKind.Sector => profile.Sector,
                StepKind.Contacts => profile.Contacts,
                StepKind.Nature => profile.Nature,
                StepKind.Condition => profile.Condition,
                StepKind.ExperienceFrame => profile.Frame,
                StepKind.Employment => profile.Employment,
                StepKind.Employer => profile.Employer,
                StepKind.Motivation => profile.Motivation,
                StepKind.VaeWish => profile.VaeWish,
                StepKind.Justificatifs => profile.Justificatifs,
                _ => null,
            };
            if (answer is null)
                return this;
            Say(answer);
            Assert.True(LastApplied, $"'{answer}' was not understood at {State.Step}: {Text}");
        }

        throw new InvalidOperationException("Open questions did not end.");
    }

    /// <summary>
    /// Answers every guide row with <paramref name="answer"/>(bloc number, row index in bloc), continuing past the bloc summaries,
    /// and stops early where <paramref name="until"/> says so.
    /// </summary>
    public Conversation AnswerRows(Func<int, int, string> answer, string wish = "passer", Func<Conversation, bool>? until = null)
    {
        for (var guard = 0; guard < 200; guard++)
        {
            if (until?.Invoke(this) == true)
                return this;
            switch (Step)
            {
                case StepKind.Row:
                    var row = (RowQuestion)Current;
                    var text = answer(row.BlocNumber, row.Progress.Row!.Value);
                    Say(text);
                    Assert.True(LastApplied, $"'{text}' was not understood at {State.Step}: {Text}");
                    break;
                case StepKind.Wish:
                    Say(wish);
                    break;
                case StepKind.BlocSummary:
                    Say("continuer");
                    break;
                default:
                    return this;
            }
        }

        throw new InvalidOperationException("Rows did not end.");
    }

    /// <summary>The interview as the host would store it and read it back later, in a fresh engine.</summary>
    public Conversation Reloaded(IGuideSource? guides = null) => Resume(StateJson.Read(StateJson.Write(State)), guides);

    /// <summary>The row question on screen, if any.</summary>
    public RowQuestion? Row => Last.OfType<RowQuestion>().LastOrDefault();

    public Conclusion Conclusion => Last.OfType<Conclusion>().Single();

    public static string Describe(Output output) => output switch
    {
        Message m => m.Text,
        Prompt p => $"{p.Title}: {p.Text} {string.Join(" ", p.Details ?? [])} [{string.Join(" | ", p.Choices.Select(c => c.Label))}]",
        RowQuestion r => $"{r.UnitLabel} {r.BlocNumber} ({r.Progress.Text}): {string.Join(" / ", r.Competences)} — {r.Ask}",
        BlocSummary s => $"Synthèse {s.Number}: {string.Join("; ", s.Lines.Select(l => l.Answer))}",
        Conclusion c => $"Conclusion: {string.Join("; ", c.Result.Blocs.Select(b => $"{b.Number}={b.Final}"))} recevable={c.Result.Recevabilite.Admissible}",
        _ => output.ToString() ?? "",
    };
}

/// <summary>A candidate's answers to the open questions, in the words a person would type.</summary>
public sealed record Profile(
    string Duration = "3 ans",
    string Recent = "oui",
    string Sector = "mutualité",
    string Contacts = "face à face et téléphone",
    string Nature = "oui",
    string Condition = "oui",
    string Frame = "salarié",
    string Employment = "salarié d'une mutuelle",
    string Employer = "passer",
    string Motivation = "Faire reconnaître mon expérience",
    string VaeWish = "non",
    string Justificatifs = "CV et attestations");
