using CqpBot.Bot;
using CqpBot.Domain.Interview;
using Microsoft.Extensions.DependencyInjection;

namespace CqpBot.Api.Tests;

/// <summary>The read-only card Teams shows in place of an answered row names the answer as the interviewer chose it.</summary>
public class AnsweredCardTests
{
    [Fact]
    public async Task An_answered_row_shows_the_choice_label_and_the_wish_not_the_scale_id()
    {
        await using var app = new CqpBotApplication();
        var guides = app.Services.GetRequiredService<IGuideSource>();
        var row = guides.Find("charge-accueil-relation-clients", null)!.Guide.Blocs[0].Rows[0];
        var state = app.Services.GetRequiredService<InterviewEngine>().Start("interview-1", Mode.Entretien).State with
        {
            CqpId = "charge-accueil-relation-clients",
            Answers = new Dictionary<string, RowAnswer> { [row.Id] = new("en-totalite", "Gestion des réclamations") },
        };

        var card = AnsweredCards.Recorded($"{nameof(StepKind.Row)}:{row.Id}", state, guides);

        Assert.Equal("✓ Réponse enregistrée : En totalité — complément souhaité : Gestion des réclamations", card.FallbackText);
    }
}
