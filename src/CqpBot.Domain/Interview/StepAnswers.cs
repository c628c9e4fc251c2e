using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview.Outputs;
using CqpBot.Domain.Orientation;
using CqpBot.Domain.Recognition;

namespace CqpBot.Domain.Interview;

/// <summary>Reads the answer to the current step: recognises it, or says briefly what is expected. Never records a guess.</summary>
internal static class StepAnswers
{
    private const int MaxText = 2000;

    public static StepOutcome Read(InterviewState s, Input input, Command command, InterviewContext context, TimeProvider clock)
    {
        var said = input.Said;
        var skip = command == Command.Skip || input.Value == "cmd:skip";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        switch (s.Step.Kind)
        {
            case StepKind.Consent:
                return Pick(said, Prompts.Consent, "Répondez « J'accepte » pour commencer, ou « Je refuse ».", c => c.Value == "accepte"
                    ? StepOutcome.Ok(s with { ConsentGiven = true })
                    : StepOutcome.Ok(s, new Step(StepKind.Cancelled), new Message("Entendu : rien ne sera conservé. Vous pouvez fermer cette fenêtre, ou écrire « recommencer » si vous changez d'avis.")));

            case StepKind.ChooseMode:
                return Pick(said, Prompts.Modes, "Choisissez 1 (entretien), 2 (auto-positionnement) ou 3 (pré-qualification VAE).", c => StepOutcome.Ok(s with
                {
                    Mode = c.Value switch { "entretien" => Mode.Entretien, "auto" => Mode.AutoPositionnement, _ => Mode.PreQualificationVae },
                }));

            case StepKind.Accueil:
            case StepKind.PresentCqp:
                return Continue(s, said, command);

            case StepKind.HeaderCandidate:
                return Header(s, input, today);
            case StepKind.HeaderInterviewer:
                return Text(s, said, skip, false, 120, t => s with { Header = (s.Header ?? new Header(today)) with { InterviewerName = t } });
            case StepKind.HeaderFunction:
                return Text(s, said, skip, false, 120, t => s with { Header = (s.Header ?? new Header(today)) with { InterviewerFunction = t } });
            case StepKind.HeaderOrganisation:
                return Text(s, said, skip, false, 160, t => s with { Header = (s.Header ?? new Header(today)) with { Organisation = t } });

            case StepKind.ChooseCqp:
                return Pick(said, Prompts.Cqps(s, context), "Choisissez un CQP de la liste (son nom ou son numéro), ou « je ne sais pas ».", c =>
                    c.Value == "coeur" ? StepOutcome.Ok(s, new Step(StepKind.CoeurDeMetier)) : ChooseCqp(s, context, c.Value));

            case StepKind.CoeurDeMetier:
                return CoeurDeMetier(s, said, context);

            case StepKind.Scope:
                return Scope(s, said, context.Guide!);

            case StepKind.ExperienceDuration:
                var duration = DurationRecognizer.Recognize(said, today);
                if (duration is null)
                    return StepOutcome.Retry("Je n'ai pas compris la durée. Écrivez par exemple « 3 ans », « 18 mois », « deux ans et demi » ou « de 2015 à 2021 ».");
                var window = context.Cqp?.Recevabilite.WindowMonths;
                int? within = window is null || duration.End is null ? null : WithinWindow(duration, today, window.Value);
                return StepOutcome.Ok(s with { Profile = s.Profile with { ExperienceMonths = duration.Months, ExperienceEnd = duration.End, MonthsWithinWindow = within } });

            case StepKind.ExperienceRecent:
                return Recent(s, said, context, today);

            case StepKind.Sector:
                return Pick(said, Prompts.Sectors(s.Mode), "Choisissez : Mutualité, secteur proche, ou autre secteur.", c => StepOutcome.Ok(s with { Profile = s.Profile with { Sector = c.Value } }));

            case StepKind.Contacts:
                var contacts = Many(said, Prompts.Contacts);
                return contacts.Count == 0
                    ? StepOutcome.Retry("Indiquez une ou plusieurs situations : face-à-face, téléphone, courrier électronique, tchat.")
                    : StepOutcome.Ok(s with { Profile = s.Profile with { Contacts = contacts.Select(c => c.Value).ToList() } });

            case StepKind.Nature:
                return Pick(said, YesNo.Choices, "Répondez oui ou non.", c => StepOutcome.Ok(s with { Profile = s.Profile with { NatureMatches = c == YesNo.Yes } }));

            case StepKind.Condition:
                return Pick(said, YesNo.Choices, "Répondez oui ou non.", c => StepOutcome.Ok(s with
                {
                    Profile = s.Profile with { Conditions = new Dictionary<string, bool>(s.Profile.Conditions) { [s.Step.Target!] = c == YesNo.Yes } },
                }));

            case StepKind.ExperienceFrame:
                return Pick(said, Prompts.Frames, "Choisissez : activité salariée, non salariée ou bénévole.", c => StepOutcome.Ok(s with { Profile = s.Profile with { ExperienceFrame = c.Value } }));

            case StepKind.Employment:
                return Pick(said, Prompts.Employments, "Choisissez 1, 2 ou 3.", c => StepOutcome.Ok(s with { Profile = s.Profile with { Employment = c.Value } }));

            case StepKind.Employer:
                return Text(s, said, skip, true, 160, t => s with { Profile = s.Profile with { Employer = t } });

            case StepKind.Motivation:
                return Text(s, said, skip, true, MaxText, t => s with { Profile = s.Profile with { Motivation = t } });

            case StepKind.VaeWish:
                return Pick(said, Prompts.VaeWishes, "Répondez oui, non, ou « je ne sais pas ».", c => StepOutcome.Ok(s with { Profile = s.Profile with { VaeWish = c.Value } }));

            case StepKind.Justificatifs:
                var choices = Prompts.Justificatifs(context);
                var normalized = FrenchText.Normalize(said);
                if (skip || normalized is "aucune" or "aucun" or "rien" or "non" or "pas encore")
                    return StepOutcome.Ok(s with { Profile = s.Profile with { Justificatifs = [] } });
                var pieces = Many(said, choices);
                return pieces.Count == 0
                    ? StepOutcome.Retry("Indiquez les pièces disponibles (par exemple « CV et attestations », ou leurs numéros « 1, 2 »), ou « aucune ».")
                    : StepOutcome.Ok(s with { Profile = s.Profile with { Justificatifs = pieces.Select(p => p.Value).ToList() } });

            case StepKind.Row:
                return Row(s, input, context);

            case StepKind.Wish:
                return Text(s, said, skip, true, MaxText, t => s with { Answers = With(s.Answers, s.Step.Target!, s.Answers[s.Step.Target!] with { Wish = t ?? "" }) });

            case StepKind.BlocSummary:
                return Continue(s, said, command);

            case StepKind.ChangeAnswer:
                var rows = Prompts.Show(s, context, new InterviewSettings()).OfType<Prompt>().First().Choices;
                return Pick(said, rows, "Choisissez la réponse à modifier dans la liste (son numéro), ou écrivez « retour ».", c =>
                    StepOutcome.Ok(s, new Step(StepKind.Row, c.Value[5..])));

            case StepKind.Conclusion:
                return FrenchText.Normalize(said) is "terminer" or "valider" or "fin" or "oui" or "continuer" or "termine" or "c est bon" || input.Value == "terminer"
                    ? StepOutcome.Ok(s)
                    : StepOutcome.Retry(s.Mode == Mode.Entretien
                        ? "Écrivez « terminer » pour clore l'entretien, « modifier » pour changer une réponse, ou utilisez « Modifier l'orientation » sur un bloc."
                        : "Écrivez « terminer » pour clore, ou « modifier » pour changer une réponse.");

            case StepKind.OverrideBloc:
                return Pick(said, Prompts.Orientations, "Choisissez : formation, évaluation directe ou VAE.", c =>
                    StepOutcome.Ok(s, new Step(StepKind.OverrideReason, $"{s.Step.Target}|{c.Value}")));

            case StepKind.OverrideReason:
                return Override(s, input, said);

            default:
                return StepOutcome.Retry("Cette étape n'attend pas de réponse.");
        }
    }

    private static StepOutcome Pick(string said, IReadOnlyList<Choice> choices, string expected, Func<Choice, StepOutcome> then)
    {
        var choice = ChoiceRecognizer.Recognize(said, choices);
        return choice is null ? StepOutcome.Retry($"Je n'ai pas compris « {Quote(said)} ». {expected}") : then(choice);
    }

    private static IReadOnlyList<Choice> Many(string said, IReadOnlyList<Choice> choices) =>
        ByValues(said, choices) ?? ChoiceRecognizer.RecognizeMany(said, choices);

    /// <summary>A card's multi-select sends the values "a,b"; null when the text is not such a list.</summary>
    private static IReadOnlyList<Choice>? ByValues(string said, IReadOnlyList<Choice> choices)
    {
        var byValue = said.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => choices.FirstOrDefault(c => c.Value == v)).ToList();
        return byValue.Count > 0 && byValue.All(c => c is not null) ? byValue.OfType<Choice>().Distinct().ToList() : null;
    }

    private static StepOutcome Continue(InterviewState s, string said, Command command) =>
        command == Command.Resume || ChoiceRecognizer.Recognize(said, [Prompts.Continue]) is not null
            ? StepOutcome.Ok(s)
            : StepOutcome.Retry("Écrivez « continuer » (ou cliquez Continuer) pour passer à la suite.");

    private static StepOutcome Text(InterviewState s, string said, bool skip, bool optional, int max, Func<string?, InterviewState> apply)
    {
        if (skip)
            return optional ? StepOutcome.Ok(apply(null)) : StepOutcome.Retry("Cette information est nécessaire pour le guide d'entretien.");
        var text = said.Trim();
        if (text.Length == 0)
            return StepOutcome.Retry(optional ? "Écrivez votre réponse, ou « passer »." : "Cette information est nécessaire : écrivez-la.");
        if (text.Length > max)
            return StepOutcome.Retry($"C'est un peu long : {max} caractères au plus, s'il vous plaît.");
        return StepOutcome.Ok(apply(text));
    }

    private static StepOutcome Header(InterviewState s, Input input, DateOnly today)
    {
        var header = s.Header ?? new Header(today);
        if (input.Fields is null)
            return Text(s, input.Said, false, false, 120, t => s with { Header = header with { CandidateName = t } });

        // The card sends the whole header at once: every field is required again here, whatever the card checked.
        var values = new[] { "candidate", "interviewer", "function", "organisation" }.Select(input.Field).ToArray();
        if (values.Any(v => v is null))
            return StepOutcome.Retry("Tous les champs de l'en-tête sont nécessaires : nom du candidat, nom et fonction de la personne qui conduit l'entretien, organisme.");
        if (values.Any(v => v!.Length > 160))
            return StepOutcome.Retry("Un des champs est trop long (160 caractères au plus).");
        var filled = s with { Header = header with { CandidateName = values[0], InterviewerName = values[1], InterviewerFunction = values[2], Organisation = values[3] } };
        return StepOutcome.Ok(filled, new Step(StepKind.ChooseCqp));
    }

    private static StepOutcome ChooseCqp(InterviewState s, InterviewContext context, string cqpId)
    {
        var cqp = context.Catalogue.Cqp(cqpId)!;
        var guide = context.Library.Find(cqpId);
        if (guide is null && s.Mode != Mode.PreQualificationVae)
            return StepOutcome.Retry($"Le guide du CQP {cqp.Title} n'est pas encore disponible. Choisissez un autre CQP, ou la pré-qualification VAE.");
        var changed = s.CqpId != cqpId;
        return StepOutcome.Ok(s with
        {
            CqpId = cqpId,
            GuideVersion = guide?.Guide.Version,
            GuideFingerprint = guide?.Fingerprint,
            SuggestedCqp = null,
            TargetBlocs = changed ? null : s.TargetBlocs,
            Answers = changed ? new Dictionary<string, RowAnswer>() : s.Answers,
            Overrides = changed ? new Dictionary<string, OrientationOverride>() : s.Overrides,
        });
    }

    private static StepOutcome CoeurDeMetier(InterviewState s, string said, InterviewContext context)
    {
        var text = FrenchText.Normalize(said);
        var candidates = Prompts.Choosable(s, context);
        var scored = candidates
            .Select(c => (Cqp: c, Score: Phrases(c.CoeurDeMetier).Where(k => FrenchText.ContainsWords(text, k)).Sum(k => k.Length)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0 || (scored.Count > 1 && scored[1].Score == scored[0].Score))
            return StepOutcome.Retry("Je n'arrive pas à rapprocher cette description d'un CQP. Précisez avec les mots des exemples ci-dessus (accueil en agence, téléphone, relation à distance…), ou écrivez « retour » pour choisir dans la liste.");
        return StepOutcome.Ok(s with { SuggestedCqp = scored[0].Cqp.Id }, new Step(StepKind.ChooseCqp));
    }

    // 001's own sentence counts too, so that its wording always leads to its CQP ("face-à-face et par téléphone" is not Téléconseiller).
    private static IEnumerable<string> Phrases(CoeurDeMetier coeur) => coeur.Keywords.Append(coeur.Text).Select(FrenchText.Normalize);

    private static StepOutcome Scope(InterviewState s, string said, Guide guide)
    {
        var choices = Prompts.ScopeChoices(guide);
        var words = FrenchText.Normalize(said).Split(' ');
        Choice ChoiceOf(Bloc b) => choices.First(c => c.Value == b.Id);
        IReadOnlyList<Choice> Numbered(IEnumerable<int> numbers) => guide.Blocs.Where(b => numbers.Contains(b.Number)).Select(ChoiceOf).ToList();

        // Typed digits name blocs ("1 et 3", as the re-prompt suggests), never list positions: "1" is bloc 1, not "L'ensemble du CQP".
        var digits = words.Select(w => int.TryParse(w, out var n) ? n : 0).Where(n => n > 0).ToList();
        var picked = ByValues(said, choices)
            ?? (digits.Count > 0 ? Numbered(digits) : null)
            ?? ChoiceRecognizer.RecognizeMany(said, choices);
        if (picked.Count == 0)
        {
            // "le un et le trois": number words name blocs too when nothing else was recognised.
            picked = Numbered(words.Select(w => FrenchNumbers.Read([w], 0, out var v) == 1 ? (int)v : 0).Where(n => n > 0));
        }

        if (picked.Count == 0)
            return StepOutcome.Retry($"Indiquez « tout » pour l'ensemble du CQP, ou les numéros des {guide.UnitLabel.ToLowerInvariant()}s visés (par exemple « 1 et 3 »).");
        var blocs = picked.Any(c => c.Value == "tout") || picked.Count == guide.Blocs.Count ? null : picked.Select(c => c.Value).ToList();
        var answers = blocs is null ? s.Answers : s.Answers.Where(a => guide.Blocs.Any(b => blocs.Contains(b.Id) && b.Row(a.Key) is not null)).ToDictionary();
        return StepOutcome.Ok(s with { TargetBlocs = blocs, Answers = answers });
    }

    private static StepOutcome Recent(InterviewState s, string said, InterviewContext context, DateOnly today)
    {
        var months = s.Profile.ExperienceMonths ?? 0;
        var yesNo = ChoiceRecognizer.Recognize(said, YesNo.Choices);
        if (yesNo is not null)
            return StepOutcome.Ok(s with { Profile = s.Profile with { MonthsWithinWindow = yesNo == YesNo.Yes ? months : 0 } });
        var duration = DurationRecognizer.Recognize(said, today);
        if (duration is null)
            return StepOutcome.Retry("Répondez oui ou non, ou indiquez la part récente (« 2 ans ») ou les dates (« de 2010 à 2016 »).");
        var within = duration.End is null ? Math.Min(duration.Months, months) : WithinWindow(duration, today, context.Cqp!.Recevabilite.WindowMonths!.Value);
        return StepOutcome.Ok(s with { Profile = s.Profile with { MonthsWithinWindow = within } });
    }

    /// <summary>The part of a dated experience that falls within the last <paramref name="window"/> months.</summary>
    internal static int WithinWindow(Duration duration, DateOnly today, int window)
    {
        var windowStart = today.AddMonths(-window);
        var start = duration.Start!.Value < windowStart ? windowStart : duration.Start.Value;
        var end = duration.End!.Value;
        if (end <= start)
            return 0;
        return Math.Min(duration.Months, (end.Year - start.Year) * 12 + end.Month - start.Month + (end.Day >= start.Day ? 0 : -1) + 1);
    }

    private static StepOutcome Row(InterviewState s, Input input, InterviewContext context)
    {
        var rowId = s.Step.Target!;
        var choices = Prompts.Answers(context.Scale!);
        var said = input.Fields is not null ? input.Field("answer") ?? "" : input.Said;
        var choice = ChoiceRecognizer.Recognize(said, choices);
        if (choice is null)
        {
            var labels = string.Join(", ", choices.Select((c, i) => $"{c.Label} ({i + 1})"));
            return StepOutcome.Retry(said.Length == 0
                ? $"Choisissez une réponse : {labels}."
                : $"Je n'ai pas compris « {Quote(said)} ». Répondez : {labels}. Vous pouvez aussi écrire « en partie » ou « pas vraiment ».");
        }

        var wish = input.Fields is not null ? input.Field("wish") ?? "" : null;
        if (wish is { Length: > MaxText })
            return StepOutcome.Retry($"Le complément de formation est trop long : {MaxText} caractères au plus.");
        var previous = s.Answers.GetValueOrDefault(rowId);
        var answer = new RowAnswer(choice.Value, wish ?? (previous?.Choice == choice.Value ? previous.Wish : null));
        return StepOutcome.Ok(s with { Answers = With(s.Answers, rowId, answer) });
    }

    private static StepOutcome Override(InterviewState s, Input input, string said)
    {
        var parts = s.Step.Target!.Split('|');
        var reason = (input.Field("reason") ?? said).Trim();
        if (reason.Length is 0 or > MaxText)
            return StepOutcome.Retry("Le motif est nécessaire (2 000 caractères au plus) : le compte rendu garde l'orientation proposée et la vôtre.");
        var kind = parts[1] switch { "formation" => OrientationKind.Formation, "evaluation-directe" => OrientationKind.EvaluationDirecte, _ => OrientationKind.Vae };
        var overrides = new Dictionary<string, OrientationOverride>(s.Overrides) { [parts[0]] = new OrientationOverride(kind, reason) };
        return StepOutcome.Ok(s with { Overrides = overrides }, new Step(StepKind.Conclusion));
    }

    private static IReadOnlyDictionary<string, RowAnswer> With(IReadOnlyDictionary<string, RowAnswer> answers, string rowId, RowAnswer answer) =>
        new Dictionary<string, RowAnswer>(answers) { [rowId] = answer };

    private static string Quote(string said) => said.Length <= 40 ? said.Trim() : said.Trim()[..40] + "…";
}
