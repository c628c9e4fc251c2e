namespace CqpBot.Domain.Guides;

/// <summary>What follows the interview: the whole CQP goes to the jury final, isolated blocs to a commission paritaire.</summary>
public sealed record NextSteps(SourcedText WholeCqp, SourcedText IsolatedBlocs);
