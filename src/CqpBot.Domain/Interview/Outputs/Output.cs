namespace CqpBot.Domain.Interview.Outputs;

/// <summary>Something to show, neutral of the channel: the host renders it as an Adaptive Card or as plain text.</summary>
public abstract record Output;
