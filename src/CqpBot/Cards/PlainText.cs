using System.Text;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;

namespace CqpBot.Cards;

/// <summary>The same outputs as plain text, for channels without cards and as the cards' fallbackText.</summary>
public static class PlainText
{
    public static string Of(Output output) => output switch
    {
        Message m => m.Text,
        Prompt p => Of(p),
        RowQuestion r => Of(r),
        BlocSummary s => Of(s),
        Conclusion c => Of(c),
        _ => "",
    };

    public static string Of(Prompt prompt)
    {
        var text = new StringBuilder().AppendLine($"{prompt.Title} ({prompt.Progress.Text})");
        if (prompt.Text.Length > 0)
            text.AppendLine(prompt.Text);
        foreach (var detail in prompt.Details ?? [])
            text.AppendLine(detail);
        foreach (var field in prompt.Fields ?? [])
            text.AppendLine($"- {field.Label}");
        for (var i = 0; i < prompt.Choices.Count; i++)
            text.AppendLine($"{i + 1}. {prompt.Choices[i].Label}");
        if (prompt.CanSkip)
            text.AppendLine("(« passer » pour ne pas répondre)");
        return text.ToString().TrimEnd();
    }

    public static string Of(RowQuestion row)
    {
        var text = new StringBuilder().AppendLine($"{row.UnitLabel} {row.BlocNumber} : {row.BlocTitle} ({row.Progress.Text})");
        if (row.RowLabel is not null)
            text.AppendLine(row.RowLabel + " :");
        foreach (var competence in row.Competences)
            text.AppendLine("- " + competence);
        if (row.ExampleQuestions.Count > 0)
            text.AppendLine("Exemples de questions : " + string.Join(" ", row.ExampleQuestions.Select(q => q.Text)));
        text.AppendLine(row.Ask);
        for (var i = 0; i < row.Choices.Count; i++)
            text.AppendLine($"{i + 1}. {row.Choices[i].Label}");
        return text.ToString().TrimEnd();
    }

    public static string Of(BlocSummary summary)
    {
        var text = new StringBuilder().AppendLine($"Synthèse – {summary.UnitLabel} {summary.Number} : {summary.Title}");
        foreach (var line in summary.Lines)
            text.AppendLine($"- {line.Competences} → {line.Answer}" + (line.Wish is null ? "" : $" (complément souhaité : {line.Wish})"));
        return text.AppendLine("Écrivez « continuer », ou « modifier » pour changer une réponse.").ToString().TrimEnd();
    }

    public static string Of(Conclusion conclusion)
    {
        var text = new StringBuilder().AppendLine($"CQP {conclusion.CqpTitle}");
        foreach (var line in conclusion.Introduction)
            text.AppendLine(line);
        foreach (var bloc in conclusion.Result.Blocs)
            text.AppendLine($"{conclusion.UnitLabel} {bloc.Number} : {bloc.Title} → {OrientationLabels.Label(bloc.Final)}. {string.Join(" ", bloc.Reasons)}");
        var r = conclusion.Result.Recevabilite;
        text.AppendLine(r.Admissible ? "Recevabilité VAE : critères remplis." : "Recevabilité VAE : critères non remplis à ce jour.");
        foreach (var unmet in r.Unmet)
            text.AppendLine("- " + unmet);
        if (r.MissingJustificatifs.Count > 0)
            text.AppendLine("Pièces à rassembler : " + string.Join(" ; ", r.MissingJustificatifs.Select(j => j.Text)));
        if (conclusion.Result.Blocs.Count > 0)
            text.AppendLine("Étape suivante : " + conclusion.Result.NextStep);
        if (!conclusion.Final)
            text.AppendLine("Écrivez « terminer » pour clore.");
        return text.ToString().TrimEnd();
    }
}
