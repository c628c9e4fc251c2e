using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;
using CqpBot.Domain.Orientation;

namespace CqpBot.Domain.Records;

/// <summary>Turns an interview state into its written record, with the guide version the interview ran on.</summary>
public static class RecordBuilder
{
    public static InterviewRecord Build(InterviewState state, Guide? guide, Catalogue catalogue)
    {
        var cqp = state.CqpId is null ? null : catalogue.Cqp(state.CqpId);
        var scale = guide is null ? null : catalogue.Scale(guide.AnswerScale);
        OrientationResult? result = null;
        if (cqp is not null && state.Mode is { } mode)
        {
            result = mode == Mode.PreQualificationVae || guide is null
                ? OrientationRules.PreQualify(catalogue, cqp, state.Profile)
                : OrientationRules.Orient(guide, catalogue, cqp, state);
        }

        var blocs = guide is null || state.Mode == Mode.PreQualificationVae
            ? []
            : OrientationRules.Targeted(guide, state).Select(b => new RecordBloc(
                b.Id, b.Number, b.Title,
                b.Rows.Select(r => Row(b, r, state, scale)).ToList(),
                result?.Blocs.FirstOrDefault(o => o.BlocId == b.Id))).ToList();

        var available = state.Profile.Justificatifs ?? [];
        return new InterviewRecord(
            state.Id,
            state.Mode ?? Mode.AutoPositionnement,
            StatusOf(state),
            state.StartedAt,
            state.UpdatedAt,
            state.CompletedAt,
            state.Header,
            state.CqpId ?? "",
            cqp?.Title ?? "",
            guide?.UnitLabel ?? "Bloc",
            state.GuideVersion,
            state.GuideFingerprint,
            result?.WholeCqp ?? state.TargetBlocs is null,
            Profile(state.Profile),
            blocs,
            result?.Recevabilite,
            catalogue.Justificatifs.Select(j => new RecordJustificatif(j.Id, j.Text, available.Contains(j.Id))).ToList(),
            result?.NextStep);
    }

    public static string StatusOf(InterviewState state) => state.Step.Kind switch
    {
        StepKind.Completed => "termine",
        StepKind.Cancelled => "arrete",
        _ when state.Paused => "en-pause",
        _ => "en-cours",
    };

    private static RecordRow Row(Bloc bloc, AnswerRow row, InterviewState state, AnswerScale? scale)
    {
        state.Answers.TryGetValue(row.Id, out var answer);
        var choice = answer is null ? null : scale?.Choice(answer.Choice);
        var competences = row.Competences.Select(bloc.Competence).ToList();
        var activities = competences.Select(c => c.Activity).OfType<string>().Distinct()
            .Select(a => bloc.Activities.First(x => x.Id == a).Title).ToList();
        return new RecordRow(row.Id, row.Label, activities, competences.Select(c => c.Text).ToList(),
            choice?.Label, choice?.Level, string.IsNullOrEmpty(answer?.Wish) ? null : answer.Wish);
    }

    private static RecordProfile Profile(Profile p) => new(
        p.ExperienceMonths is { } m ? Durations.Format(m) : null,
        p.Sector is null ? null : Recevabilite.SectorLabel(p.Sector),
        p.Contacts,
        p.ExperienceFrame is null ? null : Recevabilite.FrameLabel(p.ExperienceFrame),
        p.Employment switch
        {
            Employment.SalarieMutuelle => "Salarié(e) d'une mutuelle",
            Employment.SalarieAutre => "Salarié(e) d'une autre entreprise",
            Employment.SansEmploi => "Sans emploi ou autre situation",
            _ => null,
        },
        p.Employer,
        p.Motivation,
        p.VaeWish switch { "oui" => "Oui", "non" => "Non", "indecis" => "Ne sait pas encore", _ => null });
}
