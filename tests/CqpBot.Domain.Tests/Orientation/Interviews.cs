using CqpBot.Domain.Guides;
using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>Interview states for the rule tests: a guide, a profile and the answers, without playing the conversation.</summary>
public static class Interviews
{
    public static InterviewState Answered(Guide guide, Profile profile, Func<int, int, string> answer, IReadOnlyList<string>? targets = null) => new()
    {
        Id = "rules",
        Mode = Mode.Entretien,
        CqpId = "teleconseiller",
        Profile = profile,
        TargetBlocs = targets,
        Answers = guide.Blocs.SelectMany(b => b.Rows.Select((r, i) => (r.Id, Answer: answer(b.Number, i + 1))))
            .Where(x => x.Answer.Length > 0)
            .ToDictionary(x => x.Id, x => new RowAnswer(x.Answer)),
    };
}
