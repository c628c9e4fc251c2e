namespace CqpBot.Domain.Interview.Outputs;

public enum QuestionKind
{
    /// <summary>Read, then continue.</summary>
    Info,
    Choice,
    MultiChoice,
    Text,
    Form,
}
