using CqpBot.Domain.Interview;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;

namespace CqpBot.Cards;

/// <summary>The conclusion: per-bloc orientation with reasons, VAE admissibility, next step; or the pre-qualification result.</summary>
internal static class ConclusionCard
{
    public static AdaptiveCard Render(Conclusion conclusion, CardContext context, IReadOnlyList<(string Title, string Url)> downloads)
    {
        var result = conclusion.Result;
        var title = conclusion.Mode switch
        {
            Mode.PreQualificationVae => $"Pré-qualification VAE – CQP {conclusion.CqpTitle}",
            Mode.AutoPositionnement => $"Votre pré-orientation – CQP {conclusion.CqpTitle}",
            _ => $"Conclusion et bilan de l'entretien – CQP {conclusion.CqpTitle}",
        };
        var body = new List<CardElement> { Cards.Title(title), Cards.Subtle(PromptCard.ProgressLine(conclusion.Progress)) };
        body.AddRange(conclusion.Introduction.Select(Cards.Paragraph));

        foreach (var bloc in result.Blocs)
        {
            var items = new List<CardElement>
            {
                Cards.Bold($"{conclusion.UnitLabel} {bloc.Number} : {bloc.Title}"),
                new TextBlock { Text = "→ " + OrientationLabels.Label(bloc.Final), Weight = "Bolder", Color = bloc.Final == OrientationKind.Formation ? "Accent" : "Good" },
                Cards.Bullets(bloc.Reasons),
            };
            if (bloc.CompetencesToAcquire.Count > 0)
                items.AddRange(Cards.Foldable($"acq-{bloc.BlocId}", $"Compétences restant à acquérir ({bloc.CompetencesToAcquire.Count})", bloc.CompetencesToAcquire));
            if (bloc.Override is { } decision)
                items.Add(Cards.Paragraph($"Orientation proposée : {OrientationLabels.Short(bloc.Computed)} ; orientation retenue : {OrientationLabels.Short(decision.Orientation)} (motif : {decision.Reason})"));
            if (conclusion.CanOverride)
                items.Add(new ActionSet { Actions = [context.Button("Modifier l'orientation", conclusion.StepKey, $"override:{bloc.BlocId}")] });
            body.Add(new Container { Items = items, Separator = true, Spacing = "Medium" });
        }

        var recevabilite = result.Recevabilite;
        var vae = new List<CardElement>
        {
            Cards.Bold(recevabilite.Admissible ? "Recevabilité VAE : critères remplis" : "Recevabilité VAE : critères non remplis à ce jour"),
        };
        if (recevabilite.Met.Count > 0)
            vae.Add(Cards.Bullets(recevabilite.Met.Select(m => "✓ " + m)));
        if (recevabilite.Unmet.Count > 0)
            vae.Add(Cards.Bullets(recevabilite.Unmet.Select(m => "✗ " + m)));
        if (recevabilite.MissingJustificatifs.Count > 0)
            vae.Add(Cards.Paragraph("Pièces justificatives à rassembler : " + string.Join(" ; ", recevabilite.MissingJustificatifs.Select(j => j.Text)) + "."));
        if (conclusion.VaeSteps.Count > 0)
            vae.AddRange(Cards.Foldable("vae-steps", "La démarche VAE", conclusion.VaeSteps));
        body.Add(new Container { Items = vae, Separator = true, Spacing = "Medium" });

        if (conclusion.Mode != Mode.PreQualificationVae)
            body.Add(new TextBlock { Text = "Étape suivante : " + result.NextStep, Separator = true, Spacing = "Medium" });
        if (downloads.Count > 0)
            body.Add(new ActionSet { Actions = downloads.Select(d => (AdaptiveAction)new OpenUrlAction { Title = d.Title, Url = d.Url }).ToList() });

        List<AdaptiveAction>? actions = conclusion.Final ? null :
        [
            context.Button("Terminer", conclusion.StepKey, "terminer", style: "positive"),
            context.Button("Modifier une réponse", conclusion.StepKey, "cmd:change"),
        ];
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = PlainText.Of(conclusion), Refresh = conclusion.Final ? null : context.RefreshFor(conclusion.StepKey) };
    }
}
