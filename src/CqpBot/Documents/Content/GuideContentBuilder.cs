using System.Globalization;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Records;

namespace CqpBot.Documents.Content;

/// <summary>
/// Lays an interview record out as the paper guide (000 "Guide d'entretien d'accueil et d'orientation"): header form,
/// objectives, experience, one table per bloc, then the conclusion table (001 "Pour ce domaine") and the VAE admissibility.
/// </summary>
public static class GuideContentBuilder
{
    public const string Title = "Guide d'entretien d'accueil et d'orientation";

    public const string AutoPositionnementNotice =
        "Pré-orientation issue d'un auto-positionnement : à discuter avec un centre de formation habilité";

    /// <summary>000's bloc table, without its "Exemples de question" (a prompt for the interviewer, not an answer).</summary>
    public static readonly IReadOnlyList<string> BlocColumns =
    [
        "Référentiel d'activités",
        "Référentiel de compétences",
        "L'expérience du candidat lui a permis de valider ce bloc de compétences",
        "Complément de formation souhaité",
    ];

    /// <summary>001's domaine table: one row for the savoir-faire, one for the savoirs; the wish column is the bot's addition.</summary>
    public static readonly IReadOnlyList<string> DomaineColumns =
    [
        "Savoir-faire et savoirs",
        "Requis par le CQP",
        "L'expérience du candidat lui a permis d'acquérir ces savoir-faire et savoirs",
        "Complément de formation souhaité",
    ];

    public static IReadOnlyList<string> Columns(InterviewRecord record) => record.UnitLabel == "Domaine" ? DomaineColumns : BlocColumns;

    public static readonly IReadOnlyList<OrientationKind> ConclusionOrder =
        [OrientationKind.Formation, OrientationKind.EvaluationDirecte, OrientationKind.Vae];

    public static GuideContent Build(InterviewRecord record, DateTimeOffset generatedAt)
    {
        var blocks = new List<DocBlock>
        {
            new DocHeading(Title, HeadingLevel.Title),
            new DocHeading(string.IsNullOrEmpty(record.CqpTitle) ? "CQP non choisi" : $"CQP {record.CqpTitle}", HeadingLevel.Subtitle),
        };

        if (record.Mode == Mode.PreQualificationVae)
            blocks.Add(new DocParagraph("Pré-qualification VAE : vérification de la recevabilité de la demande", ParagraphKind.Strong));
        if (record.Mode == Mode.AutoPositionnement)
            blocks.Add(new DocParagraph(AutoPositionnementNotice, ParagraphKind.Notice));
        if (StatusNotice(record.Status) is { } notice)
            blocks.Add(new DocParagraph(notice, ParagraphKind.Notice));

        AddHeader(blocks, record);

        if (record.Mode != Mode.PreQualificationVae)
        {
            AddObjectives(blocks, record);
            AddProfile(blocks, record.Profile);
            foreach (var bloc in record.Blocs)
                AddBloc(blocks, record, bloc);
            blocks.Add(new DocHeading("Conclusion et bilan de l'entretien", HeadingLevel.Section));
            if (record.Mode == Mode.AutoPositionnement)
                blocks.Add(new DocParagraph(AutoPositionnementNotice, ParagraphKind.Notice));
            AddConclusion(blocks, record);
        }

        AddRecevabilite(blocks, record);
        AddJustificatifs(blocks, record);
        if (record.Mode != Mode.PreQualificationVae && !string.IsNullOrEmpty(record.NextStep))
        {
            blocks.Add(new DocHeading("Suite du parcours", HeadingLevel.Subsection));
            blocks.Add(new DocParagraph(record.NextStep));
        }

        return new GuideContent($"{Title} – {record.CqpTitle}".TrimEnd(' ', '–'), blocks, Footer(record, generatedAt));
    }

    public static string Footer(InterviewRecord record, DateTimeOffset generatedAt) =>
        $"Entretien {record.InterviewId} · Guide version {record.GuideVersion ?? "non précisée"}, empreinte {record.GuideFingerprint ?? "non précisée"} · Généré le {RecordLabels.DateTime(generatedAt)}";

    /// <summary>A record of an unfinished interview must not pass for a finished one.</summary>
    private static string? StatusNotice(string status) => status switch
    {
        "en-cours" => "Entretien en cours : ce compte rendu est provisoire.",
        "en-pause" => "Entretien en pause : ce compte rendu est provisoire.",
        "arrete" => "Entretien arrêté avant la fin : ce compte rendu est incomplet.",
        _ => null,
    };

    private static void AddHeader(List<DocBlock> blocks, InterviewRecord record)
    {
        var header = record.Header;
        blocks.Add(new DocField("Date de l'entretien", RecordLabels.InterviewDate(record)));
        blocks.Add(new DocField("Nom et prénom du candidat", header?.CandidateName ?? ""));
        blocks.Add(new DocSignature("Signature"));
        blocks.Add(new DocHeading("Personne ayant réalisé l'entretien d'accueil", HeadingLevel.Subsection));
        blocks.Add(new DocField("Nom et prénom", header?.InterviewerName ?? ""));
        blocks.Add(new DocField("Fonction", header?.InterviewerFunction ?? ""));
        blocks.Add(new DocField("Entreprise ou organisme de formation", header?.Organisation ?? ""));
        blocks.Add(new DocSignature("Cachet de l'entreprise ou de l'organisme de formation et signature"));
    }

    private static void AddObjectives(List<DocBlock> blocks, InterviewRecord record)
    {
        // Wording of 000 "Objectifs de l'entretien".
        blocks.Add(new DocHeading("Objectifs de l'entretien", HeadingLevel.Section));
        blocks.Add(new DocParagraph("1. Présentation au candidat du CQP par le RH ou l'organisme de formation habilité par la CPNEFP", ParagraphKind.Strong));
        blocks.Add(new DocParagraph("2. Orientation du candidat, en fonction de son profil", ParagraphKind.Strong));
        blocks.Add(new DocParagraph("L'entretien d'accueil et d'orientation sert à orienter le candidat :"));
        blocks.Add(new DocParagraph("Soit vers une démarche de formation et d'évaluation des compétences ;", ParagraphKind.Bullet));
        blocks.Add(new DocParagraph("Soit vers une démarche de validation des acquis de l'expérience.", ParagraphKind.Bullet));
        blocks.Add(new DocParagraph("Ces démarches peuvent se poursuivre pour un, plusieurs ou l'ensemble des blocs de compétences d'un CQP."));
        blocks.Add(new DocField("Périmètre de l'entretien", RecordLabels.Scope(record)));
    }

    private static void AddProfile(List<DocBlock> blocks, RecordProfile profile)
    {
        var fields = new List<(string Label, string? Value)>
        {
            ("Durée de l'expérience", profile.Experience),
            ("Secteur", profile.Sector),
            ("Situations de contact", profile.Contacts.Count == 0 ? null : string.Join(", ", profile.Contacts.Select(RecordLabels.Contact))),
            ("Cadre de l'expérience", profile.ExperienceFrame),
            ("Situation actuelle", profile.Employment),
            ("Employeur", profile.Employer),
            ("Motivation", profile.Motivation),
            ("Souhait de VAE", profile.VaeWish),
        };
        var filled = fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToList();
        if (filled.Count == 0)
            return;
        blocks.Add(new DocHeading("Analyse de l'expérience du candidat, de sa demande et de sa motivation", HeadingLevel.Section));
        blocks.AddRange(filled.Select(f => new DocField(f.Label, f.Value!)));
    }

    public static string BlocHeading(InterviewRecord record, RecordBloc bloc) =>
        $"{record.UnitLabel} {bloc.Number.ToString(CultureInfo.InvariantCulture)} : {bloc.Title}";

    private static void AddBloc(List<DocBlock> blocks, InterviewRecord record, RecordBloc bloc)
    {
        blocks.Add(new DocHeading(BlocHeading(record, bloc), HeadingLevel.Section));
        var rows = bloc.Rows.Select(r => (IReadOnlyList<DocCell>)
        [
            // 001's domaines have no référentiel d'activités: the row's own label (Savoir-faire, Savoirs) stands in.
            new DocCell(r.Activities.Count > 0 ? r.Activities : r.Label is null ? [] : [r.Label]),
            new DocCell(r.Competences),
            DocCell.Of(r.Answer ?? "Sans réponse", bold: r.Answer is not null),
            DocCell.Of(r.Wish),
        ]).ToList();
        // 001's first column holds only "Savoir-faire" or "Savoirs": the competences get its room.
        blocks.Add(new DocTable(record.UnitLabel == "Domaine" ? [0.13, 0.47, 0.16, 0.24] : [0.2, 0.4, 0.16, 0.24], Columns(record), rows));
    }

    private static void AddConclusion(List<DocBlock> blocks, InterviewRecord record)
    {
        if (record.Blocs.Count == 0)
        {
            blocks.Add(new DocParagraph($"Aucun {record.UnitLabel.ToLowerInvariant()} n'a été examiné."));
            return;
        }

        var header = new List<string> { $"Pour ce {record.UnitLabel.ToLowerInvariant()}" };
        header.AddRange(ConclusionOrder.Select(OrientationLabels.Short));
        var rows = record.Blocs.Select(b => (IReadOnlyList<DocCell>)
        [
            DocCell.Of(BlocHeading(record, b)),
            .. ConclusionOrder.Select(k => DocCell.Of(b.Orientation?.Final == k ? "X" : null, centered: true, bold: true)),
        ]).ToList();
        blocks.Add(new DocTable([0.55, 0.15, 0.15, 0.15], header, rows));

        foreach (var bloc in record.Blocs)
        {
            var orientation = bloc.Orientation;
            blocks.Add(new DocHeading(BlocHeading(record, bloc), HeadingLevel.Subsection));
            if (orientation is null)
            {
                blocks.Add(new DocParagraph("Orientation non déterminée."));
                continue;
            }

            if (orientation.Override is { } decision)
            {
                blocks.Add(new DocField("Orientation proposée à l'issue de l'entretien", OrientationLabels.Label(orientation.Computed)));
                blocks.Add(new DocField("Orientation retenue par la personne ayant réalisé l'entretien", OrientationLabels.Label(decision.Orientation)));
                blocks.Add(new DocField("Motif", decision.Reason));
            }
            else
            {
                blocks.Add(new DocField("Orientation retenue", OrientationLabels.Label(orientation.Final)));
            }

            blocks.AddRange(orientation.Reasons.Select(r => new DocParagraph(r, ParagraphKind.Bullet)));
            if (orientation.CompetencesToAcquire.Count > 0)
            {
                blocks.Add(new DocParagraph("Compétences à acquérir ou à consolider :", ParagraphKind.Strong));
                blocks.AddRange(orientation.CompetencesToAcquire.Select(c => new DocParagraph(c, ParagraphKind.Bullet)));
            }
        }
    }

    private static void AddRecevabilite(List<DocBlock> blocks, InterviewRecord record)
    {
        blocks.Add(new DocHeading("Recevabilité de la demande de VAE", HeadingLevel.Subsection));
        if (record.Recevabilite is not { } result)
        {
            blocks.Add(new DocParagraph("Recevabilité non examinée : aucun CQP n'a été choisi."));
            return;
        }

        blocks.Add(new DocField("Demande de VAE", result.Admissible ? "recevable" : "non recevable à ce stade"));
        if (result.Met.Count > 0)
        {
            blocks.Add(new DocParagraph("Critères remplis :", ParagraphKind.Strong));
            blocks.AddRange(result.Met.Select(m => new DocParagraph(m, ParagraphKind.Bullet)));
        }

        if (result.Unmet.Count > 0)
        {
            blocks.Add(new DocParagraph("Critères non remplis ou à préciser :", ParagraphKind.Strong));
            blocks.AddRange(result.Unmet.Select(m => new DocParagraph(m, ParagraphKind.Bullet)));
        }
    }

    public static string Checkbox(RecordJustificatif justificatif) => (justificatif.Available ? "☑ " : "☐ ") + justificatif.Text;

    private static void AddJustificatifs(List<DocBlock> blocks, InterviewRecord record)
    {
        if (record.Justificatifs.Count == 0)
            return;
        blocks.Add(new DocHeading("Pièces justificatives", HeadingLevel.Subsection));
        blocks.AddRange(record.Justificatifs.Select(j => new DocParagraph(Checkbox(j))));
    }
}
