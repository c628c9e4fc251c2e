using System.Text;
using CqpBot.Domain.Interview;
using Xunit.Abstractions;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>The stored state stays small: a finished interview, every row answered with a training wish, well under 16 KB.</summary>
public class StateSizeTests(ITestOutputHelper output)
{
    private const int Limit = 16 * 1024;

    [Theory]
    [MemberData(nameof(Runnable.Cqps), MemberType = typeof(Runnable))]
    public void A_finished_interview_with_a_wish_on_every_row_is_under_16_kb_of_json(string cqp)
    {
        var guide = Runnable.Guide(cqp);
        var talk = Conversation.Start(Mode.Entretien).Begin(Runnable.Title(cqp))
            .Tell(new Profile(Motivation: "Faire reconnaître mes huit années d'accueil en agence et au téléphone, puis évoluer vers un poste de conseiller."))
            .AnswerRows((_, _) => Runnable.Partly, wish: "Consolider cette compétence par un module en centre de formation, avec une mise en pratique accompagnée par le tuteur.");
        talk.Say("terminer");
        Assert.Equal(StepKind.Completed, talk.Step);
        Assert.Equal(guide.RowCount, talk.State.Answers.Count);

        var size = Encoding.UTF8.GetByteCount(StateJson.Write(talk.State));

        output.WriteLine($"{cqp}: {guide.Blocs.Count} {guide.UnitLabel.ToLowerInvariant()}s, {guide.RowCount} rows, {talk.State.History.Count} steps in history: {size} bytes of state JSON");
        Assert.True(size < Limit, $"{size} bytes");
    }
}
