namespace CqpBot.Storage.Sql;

/// <summary>One numbered schema step; <c>{timestamp}</c> in its SQL is the provider's type for an instant.</summary>
public sealed record Migration(int Version, string Sql);
