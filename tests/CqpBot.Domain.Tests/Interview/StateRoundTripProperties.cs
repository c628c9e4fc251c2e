using System.Text.Json;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using FsCheck.Xunit;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>
/// Any interview, stopped anywhere, stored as JSON and read back in a fresh engine, goes on exactly as if it had never
/// stopped; and nothing typed makes the engine throw.
/// </summary>
public class StateRoundTripProperties
{
    private static readonly string[] Words =
    [
        "j'accepte", "1", "2", "3", "4", "continuer", "Camille Martin", "tout", "le bloc 2", "3 ans", "11 mois", "de 2015 à 2021", "oui", "non",
        "mutualité", "autre", "face à face et téléphone", "salarié", "salarié d'une mutuelle", "sans emploi", "passer", "tout à fait", "en partie",
        "pas vraiment", "retour", "modifier", "progression", "pause", "reprendre", "aide", "CV et attestations", "aucune", "terminer",
        "je ne sais pas", "accueil au guichet et au téléphone", "banane", "", "Une formation aux outils de gestion",
    ];

    private static string Rendered(IReadOnlyList<Output> outputs) =>
        string.Join("\n", outputs.Select(o => JsonSerializer.Serialize(o, o.GetType(), StateJson.Options)));

    /// <summary>Starts in a mode, optionally plays the accueil and the open questions for a CQP, then types the random words.</summary>
    private static Conversation Played(byte mode, byte depth, byte cqp, byte[] script)
    {
        var chosen = (Mode)(mode % 3);
        var cqps = chosen == Mode.PreQualificationVae ? Conversation.Library.Catalogue.Cqps : Conversation.Library.Runnable.ToList();
        var talk = Conversation.Start(chosen);
        if (depth % 3 > 0)
            talk.Begin(cqps[cqp % cqps.Count].Title);
        if (depth % 3 > 1)
            talk.Tell(new Profile());
        foreach (var pick in script.Take(60))
            talk.Say(Words[pick % Words.Length]);
        return talk;
    }

    [Property(MaxTest = 150)]
    public void A_state_stored_and_read_back_goes_on_exactly_as_the_original(byte mode, byte depth, byte cqp, byte[] script, byte next)
    {
        var talk = Played(mode, depth, cqp, script);
        var json = StateJson.Write(talk.State);

        var reloaded = Conversation.Resume(StateJson.Read(json));

        Assert.Equal(json, StateJson.Write(reloaded.State));
        Assert.Equal(Rendered(Conversation.Resume(talk.State).Last), Rendered(reloaded.Last));
        var probe = Words[next % Words.Length];
        talk.Say(probe);
        reloaded.Say(probe);
        Assert.Equal(Rendered(talk.Last), Rendered(reloaded.Last));
        Assert.Equal(StateJson.Write(talk.State), StateJson.Write(reloaded.State));
    }

    /// <summary>The state's settings, by reflection instead of the compiled StateJsonContext.</summary>
    private static readonly JsonSerializerOptions ByReflection = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>How states were written before StateJsonContext: accents unescaped.</summary>
    private static readonly JsonSerializerOptions AsBefore = new(ByReflection) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Property(MaxTest = 150)]
    public void The_compiled_state_json_is_what_reflection_writes_and_states_stored_before_read_back_the_same(byte mode, byte depth, byte cqp, byte[] script)
    {
        var state = Played(mode, depth, cqp, script).State;

        var json = StateJson.Write(state);

        Assert.Equal(JsonSerializer.Serialize(state, ByReflection), json);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<InterviewState>(json, ByReflection), ByReflection));
        Assert.Equal(json, StateJson.Write(StateJson.Read(JsonSerializer.Serialize(state, AsBefore))));
    }

    [Fact]
    public void A_stored_state_without_the_fields_added_later_reads_with_their_defaults()
    {
        var state = StateJson.Read("""{"id":"x"}""");

        Assert.Equal(StepKind.Consent, state.Step.Kind);
        Assert.Empty(state.History);
        Assert.NotNull(state.Profile);
        Assert.Empty(state.Answers);
        Assert.Empty(state.Overrides);
        Assert.Equal(StateJson.Write(new InterviewState { Id = "x" }), StateJson.Write(state));
    }

    [Property(MaxTest = 150)]
    public void An_input_that_is_not_applied_never_changes_the_state(byte mode, byte depth, byte cqp, byte[] script, byte next)
    {
        var talk = Played(mode, depth, cqp, script);
        var before = StateJson.Write(talk.State);

        talk.Say(Words[next % Words.Length]);

        Assert.True(talk.LastApplied || before == StateJson.Write(talk.State));
        Assert.NotEmpty(talk.Last);
    }
}
