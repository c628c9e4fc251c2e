namespace CqpBot.Channel;

/// <summary>A user or bot on a channel; Teams adds the AAD object id.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
