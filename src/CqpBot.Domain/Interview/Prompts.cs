using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Interview;

/// <summary>What each step shows: the question, its choices and details, worded for the mode.</summary>
internal static class Prompts
{
    public static readonly Choice Continue = new("continuer", "Continuer", ["ok", "oui", "suivant", "c est parti", "allons y", "d accord", "compris"]);

    public static IReadOnlyList<Choice> Modes =>
    [
        new("entretien", "Conduire un entretien d'accueil et d'orientation", ["entretien", "intervieweur", "conduire", "guide"]),
        new("auto", "M'auto-positionner (candidat)", ["auto positionnement", "autopositionnement", "candidat", "moi meme", "seul"]),
        new("prequalif", "Pré-qualifier une demande de VAE", ["pre qualification", "prequalification", "vae", "recevabilite"]),
    ];

    public static IReadOnlyList<Choice> Sectors(Mode? mode) =>
    [
        new(Sector.Mutualite, "Mutualité", ["mutualite", "mutuelle", "une mutuelle"]),
        new(Sector.Proche, "Secteur proche (assurance, santé, prévoyance, protection sociale)", ["proche", "assurance", "assurances", "sante", "prevoyance", "banque", "protection sociale", "securite sociale", "cpam"]),
        new(Sector.Autre, "Autre secteur", ["autre", "aucun rapport", "commerce", "hors secteur"]),
    ];

    public static IReadOnlyList<Choice> Contacts =>
    [
        new("face-a-face", "Face-à-face", ["face a face", "physique", "accueil physique", "en agence", "guichet"]),
        new("telephone", "Téléphone", ["telephone", "telephonique", "phone", "appels"]),
        new("mail", "Courrier électronique", ["mail", "mails", "email", "e mail", "courriel", "courrier"]),
        new("chat", "Tchat", ["chat", "tchat", "messagerie instantanee"]),
    ];

    public static IReadOnlyList<Choice> Frames =>
    [
        new("salarie", "Activité salariée", ["salarie", "salariee", "salarie e", "cdi", "cdd", "employe", "interim"]),
        new("non-salarie", "Activité non salariée", ["non salarie", "non salariee", "independant", "independante", "liberal", "auto entrepreneur"]),
        new("benevole", "Activité bénévole", ["benevole", "benevolat", "association", "volontaire"]),
    ];

    public static IReadOnlyList<Choice> Employments =>
    [
        new(Employment.SalarieMutuelle, "Salarié(e) d'une mutuelle (branche Mutualité)", ["mutuelle", "salarie d une mutuelle", "branche", "mutualite"]),
        new(Employment.SalarieAutre, "Salarié(e) d'une autre entreprise", ["autre entreprise", "hors branche", "ailleurs", "autre employeur"]),
        new(Employment.SansEmploi, "Sans emploi, ou autre situation", ["sans emploi", "chomage", "demandeur d emploi", "pas d emploi", "sans", "etudiant", "retraite"]),
    ];

    public static IReadOnlyList<Choice> VaeWishes =>
    [
        new("oui", "Oui, je souhaite la VAE", ["oui", "je souhaite", "vae"]),
        new("non", "Non, plutôt la voie formative ou l'évaluation", ["non", "formation", "pas de vae", "plutot pas"]),
        new("indecis", "Je ne sais pas encore", ["je ne sais pas", "sais pas", "peut etre", "indecis", "hesite", "a voir"]),
    ];

    public static IReadOnlyList<Choice> Orientations =>
    [
        new("formation", OrientationLabels.Short(OrientationKind.Formation), ["formation", "parcours"]),
        new("evaluation-directe", OrientationLabels.Short(OrientationKind.EvaluationDirecte), ["evaluation directe", "evaluation", "directe"]),
        new("vae", OrientationLabels.Short(OrientationKind.Vae), ["vae", "validation des acquis"]),
    ];

    public static IReadOnlyList<Choice> Consent =>
    [
        new("accepte", "J'accepte", ["j accepte", "accepte", "oui", "d accord", "ok"]),
        new("refuse", "Je refuse", ["je refuse", "refuse", "non", "pas d accord"]),
    ];

    /// <summary>The CQPs this mode can go on with: every CQP for a VAE pre-qualification, only those with a guide otherwise.</summary>
    internal static IReadOnlyList<CqpEntry> Choosable(InterviewState s, InterviewContext context) =>
        s.Mode == Mode.PreQualificationVae ? context.Catalogue.Cqps : context.Library.Runnable.ToList();

    public static IReadOnlyList<Choice> Cqps(InterviewState s, InterviewContext context)
    {
        var cqps = Choosable(s, context);
        var ordered = s.SuggestedCqp is null ? cqps : cqps.OrderBy(c => c.Id == s.SuggestedCqp ? 0 : 1).ToList();
        return ordered.Select(c => new Choice(c.Id, c.Title, ShortNames(c.Title)))
            .Append(new Choice("coeur", "Je ne sais pas : m'aider à choisir", ["je ne sais pas", "sais pas", "aide moi", "aider", "choisir", "coeur de metier"]))
            .ToList();
    }

    public static IReadOnlyList<Choice> Answers(AnswerScale scale) =>
        scale.Choices.Select(c => new Choice(c.Id, c.Label, c.Synonyms)).ToList();

    public static IReadOnlyList<Choice> Justificatifs(InterviewContext context) =>
        context.Catalogue.Justificatifs.Select(j => new Choice(j.Id, Capitalize(j.Text), JustificatifWords(j.Id))).ToList();

    public static IReadOnlyList<Output> Show(InterviewState s, InterviewContext context, InterviewSettings settings)
    {
        var progress = ProgressOf(s, context);
        var key = s.Step.Key;
        var mode = s.Mode;
        Prompt Ask(string title, string text, QuestionKind kind, IReadOnlyList<Choice> choices, IReadOnlyList<string>? details = null, bool canSkip = false, IReadOnlyList<FormField>? fields = null) =>
            new(key, title, text, kind, choices, progress, fields, details, canSkip);

        switch (s.Step.Kind)
        {
            case StepKind.Consent:
                return [Ask("Vos données", Wording.Consent(settings.RetentionDays), QuestionKind.Choice, Consent)];
            case StepKind.ChooseMode:
                return [Ask("Que souhaitez-vous faire ?", "Choisissez le type d'entretien.", QuestionKind.Choice, Modes)];
            case StepKind.Accueil:
                return [Ask("Accueil", "", QuestionKind.Info, [Continue], Wording.Accueil(mode))];
            case StepKind.HeaderCandidate:
                return [Ask("En-tête du guide d'entretien", "Nom et prénom du candidat :", QuestionKind.Form, [], fields: HeaderFields(s))];
            case StepKind.HeaderInterviewer:
                return [Ask("Personne ayant réalisé l'entretien d'accueil", "Nom et prénom :", QuestionKind.Text, [])];
            case StepKind.HeaderFunction:
                return [Ask("Personne ayant réalisé l'entretien d'accueil", "Fonction :", QuestionKind.Text, [])];
            case StepKind.HeaderOrganisation:
                return [Ask("Entreprise ou organisme de formation", "Nom de l'entreprise ou de l'organisme de formation :", QuestionKind.Text, [])];
            case StepKind.ChooseCqp:
                return [Ask(
                    "Choix du CQP",
                    s.SuggestedCqp is { } suggested
                        ? $"D'après le cœur de métier décrit, le CQP correspondant est **{context.Catalogue.Cqp(suggested)!.Title}**. Confirmez-le ou choisissez-en un autre."
                        : Wording.For(mode, "Quel CQP le candidat vise-t-il ?", "Quel CQP visez-vous ?"),
                    QuestionKind.Choice,
                    Cqps(s, context))];
            case StepKind.CoeurDeMetier:
                return [Ask(
                    "Le cœur de métier",
                    Wording.For(mode, "Décrivez en quelques mots le cœur de métier du candidat (par exemple : accueil en agence et au téléphone).", "Décrivez en quelques mots le cœur de votre métier (par exemple : accueil en agence et au téléphone)."),
                    QuestionKind.Text,
                    [],
                    Choosable(s, context).Select(c => $"{Capitalize(c.CoeurDeMetier.Text)} → CQP {c.Title}").ToList())];
            case StepKind.PresentCqp:
                return [Ask($"Présentation du CQP {context.Cqp!.Title}", "", QuestionKind.Info, [Continue], Presentation(context))];
            case StepKind.Scope:
                return [Ask(
                    "Le périmètre",
                    Wording.For(mode, "Le candidat vise-t-il l'ensemble du CQP, ou seulement un ou plusieurs blocs ? (l'entretien ne portera alors que sur ces blocs)", "Visez-vous l'ensemble du CQP, ou seulement un ou plusieurs blocs ? (nous ne parlerons alors que de ces blocs)"),
                    QuestionKind.MultiChoice,
                    ScopeChoices(context.Guide!))];
            case StepKind.ExperienceDuration:
                return [Ask(
                    "Deuxième partie : l'expérience",
                    Wording.For(mode, $"Quelle est la durée de l'expérience du candidat dans le métier visé par le CQP ?", "Depuis combien de temps exercez-vous ce métier, ou un métier proche ?"),
                    QuestionKind.Text, [],
                    ["Par exemple : « 3 ans », « deux ans et demi », « 18 mois », « depuis 2019 », « de 2015 à 2021 »."])];
            case StepKind.ExperienceRecent:
                return [Ask(
                    "L'expérience récente",
                    Wording.For(mode, $"Cette expérience se situe-t-elle entièrement dans les {context.Cqp!.Recevabilite.WindowMonths / 12} dernières années ?", $"Cette expérience se situe-t-elle entièrement dans les {context.Cqp!.Recevabilite.WindowMonths / 12} dernières années ?"),
                    QuestionKind.Choice, YesNo.Choices,
                    ["Sinon, indiquez la part récente (« 2 ans ») ou les dates (« de 2010 à 2016 »)."])];
            case StepKind.Sector:
                return [Ask("Le secteur", Wording.For(mode, "Dans quel secteur cette expérience a-t-elle été acquise ?", "Dans quel secteur avez-vous acquis cette expérience ?"), QuestionKind.Choice, Sectors(mode))];
            case StepKind.Contacts:
                return [Ask("Les situations de contact", Wording.For(mode, "Dans quelles situations le candidat est-il en contact avec les clients/adhérents ? (plusieurs réponses possibles)", "Dans quelles situations êtes-vous en contact avec les clients ou adhérents ? (plusieurs réponses possibles)"), QuestionKind.MultiChoice, Contacts)];
            case StepKind.Nature:
                return [Ask(
                    "La nature de l'expérience",
                    Wording.For(mode, "L'expérience du candidat correspond-elle à la nature d'expérience demandée pour la VAE de ce CQP ?", "Votre expérience correspond-elle à cette description ?"),
                    QuestionKind.Choice, YesNo.Choices,
                    [Capitalize(context.Cqp!.Recevabilite.Nature)])];
            case StepKind.Condition:
                var condition = context.Cqp!.Recevabilite.Conditions.First(c => c.Id == s.Step.Target);
                return [Ask("Condition de recevabilité", Wording.For(mode, condition.Question.Replace("Votre expérience", "L'expérience du candidat", StringComparison.Ordinal), condition.Question), QuestionKind.Choice, YesNo.Choices, [condition.Text])];
            case StepKind.ExperienceFrame:
                return [Ask("Le cadre de l'expérience", Wording.For(mode, "Dans quel cadre cette expérience a-t-elle été acquise ?", "Dans quel cadre avez-vous acquis cette expérience ?"), QuestionKind.Choice, Frames)];
            case StepKind.Employment:
                return [Ask("La situation actuelle", Wording.For(mode, "Quelle est la situation actuelle du candidat ?", "Quelle est votre situation actuelle ?"), QuestionKind.Choice, Employments)];
            case StepKind.Employer:
                return [Ask("L'employeur", Wording.For(mode, "Nom de l'employeur actuel (facultatif) :", "Nom de votre employeur actuel (facultatif) :"), QuestionKind.Text, [], canSkip: true)];
            case StepKind.Motivation:
                return [Ask("La demande et la motivation", Wording.For(mode, "Quels sont les souhaits et la motivation du candidat ? (facultatif)", "Qu'attendez-vous de ce CQP, et qu'est-ce qui vous motive ? (facultatif)"), QuestionKind.Text, [], canSkip: true)];
            case StepKind.VaeWish:
                return [Ask("La VAE", Wording.For(mode, "Le candidat souhaite-t-il faire valider son expérience par la VAE ?", "Souhaitez-vous faire valider votre expérience par la VAE (Validation des Acquis de l'Expérience) ?"), QuestionKind.Choice, VaeWishes)];
            case StepKind.Justificatifs:
                return [Ask("Les pièces justificatives", Wording.For(mode, "Quelles pièces le candidat peut-il déjà fournir ? (plusieurs réponses possibles ; « aucune » si aucune)", "Quelles pièces pouvez-vous déjà fournir ? (plusieurs réponses possibles ; « aucune » si aucune)"), QuestionKind.MultiChoice, Justificatifs(context), canSkip: true)];
            case StepKind.Row:
                return [RowPrompt(s, context, progress)];
            case StepKind.Wish:
                return [Ask("Complément de formation souhaité", Wording.For(mode, "Complément de formation souhaité pour ce point (facultatif) :", "Souhaitez-vous une formation complémentaire sur ce point ? Décrivez-la en quelques mots (facultatif)."), QuestionKind.Text, [], canSkip: true)];
            case StepKind.BlocSummary:
                return [Summary(s, context, progress)];
            case StepKind.ChangeAnswer:
                return [Ask("Modifier une réponse", "Quelle réponse voulez-vous modifier ?", QuestionKind.Choice, AnsweredRows(s, context))];
            case StepKind.Conclusion:
            case StepKind.Completed:
                return [ConclusionOf(s, context, progress, final: s.Step.Kind == StepKind.Completed)];
            case StepKind.OverrideBloc:
                return [Ask("Modifier l'orientation", $"Quelle orientation retenir pour le bloc {context.Guide!.Bloc(s.Step.Target!)!.Number} ?", QuestionKind.Choice, Orientations)];
            case StepKind.OverrideReason:
                return [Ask("Motif", "Pour quelle raison ? (le compte rendu garde l'orientation proposée et la vôtre)", QuestionKind.Text, [])];
            default:
                return [new Message("Entretien annulé. Écrivez « recommencer » pour en commencer un nouveau.")];
        }
    }

    /// <summary>25 % once the open questions are done, 90 % when every row of the targeted blocs is answered.</summary>
    private static int RowsPercent(InterviewState s, Guide guide)
    {
        var rows = Flow.Blocs(s, guide).SelectMany(b => b.Rows).ToList();
        return 25 + 65 * rows.Count(r => s.Answers.ContainsKey(r.Id)) / Math.Max(1, rows.Count);
    }

    public static Progress ProgressOf(InterviewState s, InterviewContext context)
    {
        var kind = s.Step.Kind;
        if (kind is StepKind.Row or StepKind.Wish && context.Guide is not null && Flow.FindRow(context.Guide, s.Step.Target!) is var (bloc, row))
        {
            var blocs = Flow.Blocs(s, context.Guide);
            return new Progress(context.Guide.UnitLabel, RowsPercent(s, context.Guide),
                blocs.ToList().IndexOf(bloc) + 1, blocs.Count, bloc.Rows.ToList().IndexOf(row) + 1, bloc.Rows.Count);
        }

        return kind switch
        {
            StepKind.Consent or StepKind.ChooseMode or StepKind.Accueil => new Progress("Accueil", 0),
            StepKind.HeaderCandidate or StepKind.HeaderInterviewer or StepKind.HeaderFunction or StepKind.HeaderOrganisation => new Progress("Accueil", 5),
            StepKind.ChooseCqp or StepKind.CoeurDeMetier or StepKind.PresentCqp or StepKind.Scope => new Progress("Première partie : présentation du CQP et des parcours", 10),
            StepKind.BlocSummary when context.Guide is not null => new Progress($"Synthèse du {context.Guide.UnitLabel.ToLowerInvariant()}", RowsPercent(s, context.Guide)),
            StepKind.Conclusion or StepKind.OverrideBloc or StepKind.OverrideReason => new Progress("Conclusion et bilan", 95),
            StepKind.Completed => new Progress("Terminé", 100),
            StepKind.ChangeAnswer => new Progress("Modification d'une réponse", 50),
            _ => new Progress("Deuxième partie : expérience, demande et motivation", 18),
        };
    }

    public static IReadOnlyList<Choice> ScopeChoices(Guide guide) =>
        guide.Blocs.Select(b => new Choice(b.Id, $"{guide.UnitLabel} {b.Number} : {b.Title}", [$"{guide.UnitLabel.ToLowerInvariant()} {b.Number}"]))
            .Prepend(new Choice("tout", "L'ensemble du CQP", ["tout", "tous", "l ensemble", "ensemble", "le cqp entier", "entier", "complet", "la totalite", "tous les blocs", "tout le cqp"]))
            .ToList();

    private static IReadOnlyList<FormField> HeaderFields(InterviewState s) =>
    [
        new("candidate", "Nom et prénom du candidat", true, 120, s.Header?.CandidateName),
        new("interviewer", "Personne ayant réalisé l'entretien : nom et prénom", true, 120, s.Header?.InterviewerName),
        new("function", "Fonction", true, 120, s.Header?.InterviewerFunction),
        new("organisation", "Entreprise ou organisme de formation", true, 160, s.Header?.Organisation),
    ];

    private static IReadOnlyList<string> Presentation(InterviewContext context)
    {
        var cqp = context.Cqp!;
        var guide = context.Guide!;
        var lines = new List<string>();
        if (cqp.EstCapableDe.Count > 0)
            lines.Add($"Le titulaire du CQP {cqp.Title} est capable de : " + string.Join(" ; ", cqp.EstCapableDe.Select(e => e.TrimEnd(',', '.'))) + ".");
        lines.Add($"Le CQP comporte {guide.Blocs.Count} {guide.UnitLabel.ToLowerInvariant()}s de compétences, chacun pouvant être validé séparément : "
            + string.Join(" ; ", guide.Blocs.Select(b => $"{b.Number}. {b.Title}")) + ".");
        lines.AddRange(Wording.Paths(guide.UnitLabel));
        lines.Add("Un ou plusieurs blocs isolés : une commission paritaire valide le ou les blocs sur dossier. L'ensemble du CQP : le candidat est reçu en entretien par le jury final.");
        foreach (var note in guide.NotesOrEmpty.Where(n => n.Kind is "gap"))
            lines.Add($"⚠ {note.Text}");
        return lines;
    }

    private static RowQuestion RowPrompt(InterviewState s, InterviewContext context, Progress progress)
    {
        var guide = context.Guide!;
        var (bloc, row) = Flow.FindRow(guide, s.Step.Target!)!.Value;
        var competences = row.Competences.Select(bloc.Competence).ToList();
        var activities = competences.Select(c => c.Activity).OfType<string>().Distinct()
            .Select(a => bloc.Activities.First(x => x.Id == a).Title).ToList();
        var criteria = s.Mode == Mode.Entretien
            ? competences.SelectMany(c => c.CriteriaOrEmpty).Concat(row == bloc.Rows[0] ? bloc.CriteriaOrEmpty : []).Select(c => c.Text).ToList()
            : [];
        var notes = s.Mode == Mode.Entretien && row == bloc.Rows[0] ? bloc.NotesOrEmpty.Select(n => n.Text).ToList() : [];
        var acquisition = guide.AnswerScale == "oui-non-partiellement"
            ? Wording.For(s.Mode, "L'expérience du candidat lui a permis de valider cette compétence :", competences.Count > 1 ? "Votre expérience vous a-t-elle permis d'acquérir ces compétences ?" : "Votre expérience vous a-t-elle permis d'acquérir cette compétence ?")
            : Wording.For(s.Mode, "L'expérience du candidat lui a permis d'acquérir ces savoir-faire et savoirs :", row.Label == "Savoirs" ? "Votre expérience vous a-t-elle permis d'acquérir ces savoirs ?" : "Votre expérience vous a-t-elle permis d'acquérir ces savoir-faire ?");
        s.Answers.TryGetValue(row.Id, out var current);
        return new RowQuestion(
            s.Step.Key, s.Mode ?? Mode.AutoPositionnement, guide.UnitLabel, bloc.Number, bloc.Title, row.Label, activities,
            competences.Select(c => c.Text).ToList(),
            row.Questions.Select(bloc.Question).Select(q => new ExampleQuestion(q.Text, q.Derived)).ToList(),
            criteria, notes, acquisition, Answers(context.Scale!),
            Wording.For(s.Mode, "Complément de formation souhaité", "Formation complémentaire souhaitée (facultatif)"),
            current?.Choice, string.IsNullOrEmpty(current?.Wish) ? null : current.Wish, progress);
    }

    private static BlocSummary Summary(InterviewState s, InterviewContext context, Progress progress)
    {
        var guide = context.Guide!;
        var bloc = guide.Bloc(s.Step.Target!)!;
        return new BlocSummary(s.Step.Key, guide.UnitLabel, bloc.Number, bloc.Title, Lines(s, context, bloc), progress);
    }

    public static IReadOnlyList<SummaryLine> Lines(InterviewState s, InterviewContext context, Bloc bloc) =>
        bloc.Rows.Select(r =>
        {
            s.Answers.TryGetValue(r.Id, out var answer);
            var label = answer is null ? "Sans réponse" : context.Scale!.Choice(answer.Choice)?.Label ?? answer.Choice;
            var competences = (r.Label is null ? "" : r.Label + " : ") + string.Join(" / ", r.Competences.Select(c => bloc.Competence(c).Text));
            return new SummaryLine(r.Id, competences, label, string.IsNullOrEmpty(answer?.Wish) ? null : answer.Wish, $"edit:{r.Id}");
        }).ToList();

    private static IReadOnlyList<Choice> AnsweredRows(InterviewState s, InterviewContext context)
    {
        var guide = context.Guide!;
        return Flow.Blocs(s, guide)
            .SelectMany(b => Lines(s, context, b).Where(l => s.Answers.ContainsKey(l.RowId)).Select(l => new Choice(l.EditValue, $"{guide.UnitLabel} {b.Number} – {Shorten(l.Competences)} ({l.Answer})")))
            .ToList();
    }

    public static Conclusion ConclusionOf(InterviewState s, InterviewContext context, Progress progress, bool final)
    {
        var cqp = context.Cqp!;
        var result = s.Mode == Mode.PreQualificationVae
            ? OrientationRules.PreQualify(context.Catalogue, cqp, s.Profile)
            : OrientationRules.Orient(context.Guide!, context.Catalogue, cqp, s);
        var intro = new List<string>();
        if (s.Mode == Mode.AutoPositionnement)
            intro.Add("Voici votre pré-orientation. Ce n'est pas une décision : elle sert de point de départ à votre entretien avec un centre de formation habilité.");
        else if (s.Mode == Mode.Entretien)
            intro.Add("Faire une synthèse orale du bilan de l'entretien en recherchant un consensus avec le candidat, puis orienter le candidat.");
        else
            intro.Add(result.Recevabilite.Admissible
                ? "La demande de VAE est recevable sur les critères de la branche."
                : "La demande de VAE n'est pas recevable en l'état : voici ce qui manque.");
        var vae = result.Recevabilite.Admissible ? Wording.VaeSteps : [];
        return new Conclusion(s.Step.Key, s.Mode ?? Mode.AutoPositionnement, cqp.Title, context.Guide?.UnitLabel ?? "Bloc", result, intro, vae,
            CanOverride: s.Mode == Mode.Entretien && !final, Final: final, progress);
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "…";

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IReadOnlyList<string> ShortNames(string title)
    {
        var clean = FrenchText.Normalize(title.Replace("(e)", "", StringComparison.Ordinal).Replace("(ère)", "", StringComparison.Ordinal).Replace("(ere)", "", StringComparison.Ordinal));
        var words = clean.Split(' ');
        var names = new List<string> { clean };
        if (words.Length > 3)
        {
            names.Add(string.Join(' ', words.Take(3)));
            names.Add(string.Join(' ', words.TakeLast(3)));
        }

        return names;
    }

    private static IReadOnlyList<string> JustificatifWords(string id) => id switch
    {
        "cv" => ["cv", "curriculum", "curriculum vitae"],
        "descriptif-postes" => ["descriptif", "postes", "attestations", "attestation", "bulletins de salaire", "fiches de paie", "bulletins"],
        "preuves-experience" => ["preuves", "courriers", "photos", "articles"],
        "dossier-vae" => ["dossier vae", "dossier", "livret"],
        _ => [],
    };
}
