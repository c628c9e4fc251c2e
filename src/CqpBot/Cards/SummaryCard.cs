using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Cards;

/// <summary>The answers of a bloc, each with "Modifier".</summary>
internal static class SummaryCard
{
    public static AdaptiveCard Render(BlocSummary summary, CardContext context)
    {
        var body = new List<CardElement>
        {
            Cards.Title($"Synthèse – {summary.UnitLabel} {summary.Number} : {summary.Title}"),
            Cards.Subtle(PromptCard.ProgressLine(summary.Progress)),
        };
        foreach (var line in summary.Lines)
        {
            var items = new List<CardElement> { Cards.Paragraph(line.Competences), Cards.Bold("Réponse : " + line.Answer) };
            if (line.Wish is not null)
                items.Add(Cards.Paragraph("Complément de formation souhaité : " + line.Wish));
            items.Add(new ActionSet { Actions = [context.Button("Modifier", summary.StepKey, line.EditValue)] });
            body.Add(new Container { Items = items, Separator = true, Spacing = "Medium" });
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = [context.Button("Continuer", summary.StepKey, "continuer", style: "positive")],
            FallbackText = PlainText.Of(summary),
            Refresh = context.RefreshFor(summary.StepKey),
        };
    }
}
