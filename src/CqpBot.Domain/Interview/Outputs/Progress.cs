namespace CqpBot.Domain.Interview.Outputs;

/// <summary>Where the interview stands, e.g. "Bloc 2/3, question 4/6".</summary>
public sealed record Progress(string Phase, int Percent, int? Bloc = null, int? BlocCount = null, int? Row = null, int? RowCount = null)
{
    public string Text => Bloc is null ? Phase : $"{Phase} {Bloc}/{BlocCount}, question {Row}/{RowCount}";
}
