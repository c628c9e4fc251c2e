using CqpBot.Domain.Interview;

namespace CqpBot.Bot;

/// <summary>Short-lived signed download links for a record's documents, offered on the conclusion card.</summary>
public interface IRecordLinks
{
    IReadOnlyList<(string Title, string Url)> For(InterviewState state, string conversationKey);
}
