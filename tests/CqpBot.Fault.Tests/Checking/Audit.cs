using CqpBot.Bot;
using CqpBot.Domain.Interview;

namespace CqpBot.Fault.Tests.Checking;

/// <summary>
/// What the store holds against what the users were told: every acknowledged answer applied (and, for a guide row, the
/// level chosen last), every interview finished, and no half-applied turn (one version per applied activity).
/// </summary>
public sealed record Audit(int Acknowledged, int Found, IReadOnlyList<string> Problems)
{
    public int Lost => Acknowledged - Found;

    public override string ToString() => $"answers acknowledged: {Acknowledged}, answers found: {Found}, lost: {Lost}, problems: {Problems.Count}";

    public static async Task<Audit> OfAsync(StoredRecords records, IEnumerable<Candidate> candidates, Ledger ledger)
    {
        var answers = AcknowledgedAnswer.In(ledger).ToLookup(a => a.ConversationId);
        var problems = new List<string>();
        var acknowledged = 0;
        var found = 0;
        foreach (var candidate in candidates)
        {
            var key = candidate.ConversationKey;
            var mine = answers[candidate.Bot.ConversationId].ToList();
            acknowledged += mine.Count;
            var stored = await records.GetAsync(key);
            if (stored is null)
            {
                problems.Add($"{key}: no interview stored");
                continue;
            }

            var state = StateJson.Read(stored.StateJson);
            if (state.Step.Kind != StepKind.Completed)
                problems.Add($"{key}: stuck at {state.Step.Key}");
            var applied = await records.AppliedCountAsync(key);
            if (applied != stored.Version)
                problems.Add($"{key}: version {stored.Version} but {applied} activities applied");

            // A row answered in words has no level to compare here; its activity must still be applied.
            var lastChoices = mine.Where(a => a.RowId is not null).GroupBy(a => a.RowId!).ToDictionary(g => g.Key, g => g.Last().Choice);
            foreach (var answer in mine)
            {
                var inRow = answer.RowId is null || lastChoices[answer.RowId] is not { } choice || state.Answers.GetValueOrDefault(answer.RowId)?.Choice == choice;
                if (inRow && await records.AppliedAsync(key, answer.ActivityId))
                    found++;
                else
                    problems.Add($"{key}: acknowledged answer {answer.ActivityId} to {answer.Step} is missing");
            }
        }

        return new Audit(acknowledged, found, problems);
    }
}
