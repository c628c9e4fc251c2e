namespace CqpBot.Channel;

/// <summary>What an invoke answers: the HTTP status and body (botbuilder InvokeResponse).</summary>
public sealed record InvokeResponse(int Status, object? Body);

/// <summary>The connector's answer to a sent activity.</summary>
public sealed record ResourceResponse(string? Id);
