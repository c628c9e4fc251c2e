using CqpBot.Domain.Interview.Outputs;

namespace CqpBot.Cards;

/// <summary>The card of a question other than a guide row: choice buttons, a multi-select, a text or a form.</summary>
internal static class PromptCard
{
    public static AdaptiveCard Render(Prompt prompt, CardContext context)
    {
        var body = new List<CardElement> { Cards.Title(prompt.Title), Cards.Subtle(ProgressLine(prompt.Progress)) };
        if (prompt.Text.Length > 0)
            body.Add(Cards.Paragraph(prompt.Text));
        foreach (var detail in prompt.Details ?? [])
            body.Add(new TextBlock { Text = detail, Spacing = "Small" });

        var actions = new List<AdaptiveAction>();
        switch (prompt.Kind)
        {
            case QuestionKind.Info:
            case QuestionKind.Choice:
                // One click per answer: a button per choice.
                body.AddRange(Cards.ButtonRows(prompt.Choices.Select((c, i) => context.Button(c.Label, prompt.StepKey, c.Value, style: i == 0 && prompt.Kind == QuestionKind.Info ? "positive" : null))));
                break;
            case QuestionKind.MultiChoice:
                body.Add(new ChoiceSetInput
                {
                    Id = "value",
                    Style = "expanded",
                    IsMultiSelect = true,
                    Label = "Cochez une ou plusieurs réponses",
                    IsRequired = !prompt.CanSkip,
                    ErrorMessage = "Choisissez au moins une réponse.",
                    Choices = prompt.Choices.Select(c => new CardChoice(c.Label, c.Value)).ToList(),
                });
                actions.Add(context.Button("Valider", prompt.StepKey, null, validateInputs: true, style: "positive"));
                if (prompt.CanSkip)
                    actions.Add(context.Button("Aucune", prompt.StepKey, "cmd:skip"));
                break;
            case QuestionKind.Text:
                body.Add(new TextInput { Id = "value", Label = "Votre réponse", IsMultiline = true, MaxLength = 2000, IsRequired = !prompt.CanSkip, ErrorMessage = "Cette réponse est nécessaire." });
                actions.Add(context.Button("Valider", prompt.StepKey, null, validateInputs: true, style: "positive"));
                if (prompt.CanSkip)
                    actions.Add(context.Button("Passer", prompt.StepKey, "cmd:skip"));
                break;
            case QuestionKind.Form:
                foreach (var field in prompt.Fields ?? [])
                    body.Add(new TextInput { Id = field.Id, Label = field.Label, Value = field.Value, MaxLength = field.MaxLength, IsRequired = field.Required, IsMultiline = field.Multiline, ErrorMessage = $"{field.Label} : champ obligatoire." });
                actions.Add(context.Button("Valider", prompt.StepKey, null, validateInputs: true, style: "positive"));
                break;
        }

        return new AdaptiveCard { Body = body, Actions = actions.Count > 0 ? actions : null, FallbackText = PlainText.Of(prompt), Refresh = context.RefreshFor(prompt.StepKey) };
    }

    public static string ProgressLine(Progress progress) => $"{progress.Text} · {progress.Percent} %";
}
