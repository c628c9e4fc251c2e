using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Orientation;

/// <summary>
/// The orientation table (000 "Conclusion et bilan", 001 "Conclusion", 001 §1.5):
/// a row not fully acquired → formation; all rows acquired → évaluation directe, or VAE when the candidate is
/// admissible and wishes it or cannot take the formative path. Never a word against VAE for an admissible candidate (001).
/// </summary>
public static class OrientationRules
{
    public static OrientationResult Orient(Guide guide, Catalogue catalogue, CqpEntry cqp, InterviewState state)
    {
        var recevabilite = Recevabilite.Check(cqp.Recevabilite, state.Profile, catalogue.Justificatifs);
        var scale = catalogue.Scale(guide.AnswerScale)!;
        var blocs = Targeted(guide, state).Select(b => OrientBloc(b, guide.UnitLabel.ToLowerInvariant(), scale, state, recevabilite.Admissible)).ToList();
        var whole = state.TargetBlocs is null || state.TargetBlocs.Count == guide.Blocs.Count;
        return new OrientationResult(blocs, recevabilite, whole, whole ? catalogue.NextSteps.WholeCqp.Text : catalogue.NextSteps.IsolatedBlocs.Text);
    }

    /// <summary>VAE pre-qualification only: admissibility without any bloc.</summary>
    public static OrientationResult PreQualify(Catalogue catalogue, CqpEntry cqp, Profile profile) =>
        new([], Recevabilite.Check(cqp.Recevabilite, profile, catalogue.Justificatifs), true, catalogue.NextSteps.WholeCqp.Text);

    public static IEnumerable<Bloc> Targeted(Guide guide, InterviewState state) =>
        guide.Blocs.Where(b => state.TargetBlocs is null || state.TargetBlocs.Contains(b.Id));

    /// <summary>The formative path needs an employer in the branch (001 §1.2: "Salariés de la branche exerçant le métier ou accédant au métier").</summary>
    public static bool CanTakeFormativePath(Profile profile) => profile.Employment is null or Employment.SalarieMutuelle;

    // unit: "bloc" or "domaine", as the guide names its units (001 says domaine).
    private static BlocOrientation OrientBloc(Bloc bloc, string unit, AnswerScale scale, InterviewState state, bool admissible)
    {
        var reasons = new List<string>();
        var toAcquire = new List<string>();
        foreach (var row in bloc.Rows)
        {
            var choice = state.Answers.TryGetValue(row.Id, out var answer) ? scale.Choice(answer.Choice) : null;
            if (choice?.AnswerLevel != AnswerLevel.Acquis)
                toAcquire.AddRange(row.Competences.Select(c => bloc.Competence(c).Text));
        }

        var wishesVae = state.Profile.VaeWish == "oui";
        var canTrain = CanTakeFormativePath(state.Profile);
        state.Overrides.TryGetValue(bloc.Id, out var decision);

        if (toAcquire.Count > 0)
        {
            reasons.Add(toAcquire.Count == 1
                ? $"Une compétence du {unit} reste à acquérir ou à consolider : un parcours de formation individualisé (formation en centre habilité et pratique en entreprise) permettra de l'acquérir avant l'évaluation en entreprise."
                : $"{toAcquire.Count} compétences du {unit} restent à acquérir ou à consolider : un parcours de formation individualisé (formation en centre habilité et pratique en entreprise) permettra de les acquérir avant l'évaluation en entreprise.");
            if (!canTrain)
                reasons.Add("La voie formative s'adresse aux salariés de la branche : le centre de formation vous indiquera comment y accéder dans votre situation.");
            if (admissible && wishesVae)
                reasons.Add($"Votre demande de VAE est recevable : vous restez libre de la déposer pour ce {unit} aussi.");
            return new BlocOrientation(bloc.Id, bloc.Number, bloc.Title, OrientationKind.Formation, reasons, toAcquire, decision);
        }

        reasons.Add($"Toutes les compétences du {unit} sont acquises d'après l'entretien.");
        if (admissible && (wishesVae || !canTrain))
        {
            reasons.Add(wishesVae
                ? "Vous remplissez les critères de recevabilité et souhaitez la VAE : vous pouvez constituer votre dossier VAE, avec un accompagnement si vous le souhaitez."
                : $"Vous remplissez les critères de recevabilité et la voie formative ne vous est pas ouverte : la VAE vous permet de faire valider ce {unit}.");
            return new BlocOrientation(bloc.Id, bloc.Number, bloc.Title, OrientationKind.Vae, reasons, [], decision);
        }

        reasons.Add("Vous pouvez être évalué(e) directement en entreprise, sans suivre de formation.");
        if (admissible)
            reasons.Add("Vous remplissez aussi les critères de recevabilité de la VAE : c'est une autre voie possible si vous la souhaitez.");
        return new BlocOrientation(bloc.Id, bloc.Number, bloc.Title, OrientationKind.EvaluationDirecte, reasons, [], decision);
    }
}
