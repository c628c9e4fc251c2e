namespace CqpBot.Domain.Guides;

/// <summary>An extra yes/no VAE admissibility condition (e.g. physical and telephone accueil for Chargé d'accueil).</summary>
public sealed record RecevabiliteCondition(string Id, string Text, string Question, Source Source);
