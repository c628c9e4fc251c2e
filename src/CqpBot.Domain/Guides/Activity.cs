namespace CqpBot.Domain.Guides;

/// <summary>An activity of the référentiel d'activités.</summary>
public sealed record Activity(string Id, string Title, Source Source);
