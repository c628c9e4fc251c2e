using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Cards;

/// <summary>One guide row: bloc and position, competences, example questions to unfold, criteria for the interviewer, answer and training wish.</summary>
internal static class RowCard
{
    public static AdaptiveCard Render(RowQuestion row, CardContext context)
    {
        var stepId = row.StepKey.Replace(':', '-');
        var body = new List<CardElement>
        {
            Cards.Title($"{row.UnitLabel} {row.BlocNumber} : {row.BlocTitle}"),
            Cards.Subtle(PromptCard.ProgressLine(row.Progress)),
        };
        if (row.Activities.Count > 0)
            body.Add(new TextBlock { Text = "Activité : " + string.Join(" ; ", row.Activities), IsSubtle = true });
        body.Add(Cards.Bold(row.RowLabel is null ? (row.Competences.Count > 1 ? "Compétences" : "Compétence") : row.RowLabel));
        body.Add(row.Competences.Count == 1 ? Cards.Paragraph(row.Competences[0]) : Cards.Bullets(row.Competences));

        var examplesTitle = row.Mode == Mode.Entretien ? "Exemples de questions à poser" : "Questions pour vous aider à répondre";
        var examples = row.ExampleQuestions.Select(q => q.Derived ? q.Text + " (question dérivée des critères d'évaluation)" : q.Text).ToList();
        body.AddRange(Cards.Foldable($"q-{stepId}", examplesTitle, examples));
        body.AddRange(Cards.Foldable($"c-{stepId}", "Critères d'évaluation (pour information)", row.Criteria));
        foreach (var note in row.Notes)
            body.Add(new TextBlock { Text = "⚠ " + note, Size = "Small", Color = "Warning" });

        body.Add(new ChoiceSetInput
        {
            Id = "answer",
            Label = row.Ask,
            Style = "expanded",
            IsRequired = true,
            ErrorMessage = "Choisissez une réponse.",
            Value = row.CurrentChoice,
            Choices = row.Choices.Select(c => new CardChoice(c.Label, c.Value)).ToList(),
        });
        body.Add(new TextInput { Id = "wish", Label = row.WishLabel, IsMultiline = true, MaxLength = 2000, Value = row.CurrentWish });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [context.Button("Enregistrer", row.StepKey, null, validateInputs: true, style: "positive")],
            FallbackText = PlainText.Of(row),
            Refresh = context.RefreshFor(row.StepKey),
        };
    }
}
