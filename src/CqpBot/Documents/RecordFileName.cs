using System.Text;
using CqpBot.Domain.Records;

namespace CqpBot.Documents;

/// <summary>A download name that says what the file is without naming the candidate (RGPD: names stay inside the file).</summary>
public static class RecordFileName
{
    public static string For(InterviewRecord record, IRecordDocument document)
    {
        var cqp = string.IsNullOrEmpty(record.CqpId) ? "cqp" : record.CqpId;
        var id = new string(record.InterviewId.Where(char.IsAsciiLetterOrDigit).Take(32).ToArray());
        return new StringBuilder("entretien-").Append(cqp).Append('-').Append(id).Append(document.Extension).ToString();
    }
}
