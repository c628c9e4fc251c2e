namespace CqpBot.Domain.Guides.Loading;

/// <summary>The rules a schema cannot express: unique ids, references that resolve, every competence reachable by a question.</summary>
internal static class GuideSemantics
{
    public static IEnumerable<(string Path, string Message)> Check(Guide guide, Catalogue? catalogue)
    {
        if (catalogue is not null)
        {
            if (catalogue.Scale(guide.AnswerScale) is null)
                yield return ("$.answerScale", $"unknown answer scale '{guide.AnswerScale}' (known: {string.Join(", ", catalogue.AnswerScales.Select(s => s.Id))})");
            if (catalogue.Cqp(guide.Id) is null)
                yield return ("$.id", $"CQP '{guide.Id}' is not in catalogue.json: add it there first");
        }

        var seen = new Dictionary<string, string>();
        foreach (var (id, path) in AllIds(guide))
        {
            if (!seen.TryAdd(id, path))
                yield return (path, $"duplicate id '{id}' (first used at {seen[id]})");
        }

        var numbers = new HashSet<int>();
        for (var b = 0; b < guide.Blocs.Count; b++)
        {
            var bloc = guide.Blocs[b];
            var at = $"$.blocs[{b}]";
            if (!numbers.Add(bloc.Number))
                yield return ($"{at}.number", $"bloc number {bloc.Number} is used twice");
            foreach (var error in CheckBloc(bloc, at))
                yield return error;
        }
    }

    private static IEnumerable<(string, string)> CheckBloc(Bloc bloc, string at)
    {
        var activities = bloc.Activities.Select(a => a.Id).ToHashSet();
        var competences = bloc.Competences.Select(c => c.Id).ToHashSet();
        var questions = bloc.Questions.Select(q => q.Id).ToHashSet();

        for (var c = 0; c < bloc.Competences.Count; c++)
        {
            var activity = bloc.Competences[c].Activity;
            if (activity is not null && !activities.Contains(activity))
                yield return ($"{at}.competences[{c}].activity", $"unknown activity '{activity}' in bloc '{bloc.Id}'");
        }

        var covered = new HashSet<string>();
        for (var r = 0; r < bloc.Rows.Count; r++)
        {
            var row = bloc.Rows[r];
            for (var i = 0; i < row.Competences.Count; i++)
            {
                if (!competences.Contains(row.Competences[i]))
                    yield return ($"{at}.rows[{r}].competences[{i}]", $"unknown competence '{row.Competences[i]}' in bloc '{bloc.Id}'");
            }

            for (var i = 0; i < row.Questions.Count; i++)
            {
                if (!questions.Contains(row.Questions[i]))
                    yield return ($"{at}.rows[{r}].questions[{i}]", $"unknown question '{row.Questions[i]}' in bloc '{bloc.Id}'");
            }

            if (row.Questions.Count > 0)
                covered.UnionWith(row.Competences);
        }

        for (var c = 0; c < bloc.Competences.Count; c++)
        {
            if (!covered.Contains(bloc.Competences[c].Id))
                yield return ($"{at}.competences[{c}]", $"competence '{bloc.Competences[c].Id}' has no question: no answer row with questions covers it");
        }
    }

    private static IEnumerable<(string Id, string Path)> AllIds(Guide guide)
    {
        for (var b = 0; b < guide.Blocs.Count; b++)
        {
            var bloc = guide.Blocs[b];
            var at = $"$.blocs[{b}]";
            yield return (bloc.Id, $"{at}.id");
            for (var i = 0; i < bloc.Activities.Count; i++) yield return (bloc.Activities[i].Id, $"{at}.activities[{i}].id");
            for (var i = 0; i < bloc.Competences.Count; i++) yield return (bloc.Competences[i].Id, $"{at}.competences[{i}].id");
            for (var i = 0; i < bloc.Questions.Count; i++) yield return (bloc.Questions[i].Id, $"{at}.questions[{i}].id");
            for (var i = 0; i < bloc.Rows.Count; i++) yield return (bloc.Rows[i].Id, $"{at}.rows[{i}].id");
        }
    }
}
