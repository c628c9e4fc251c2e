namespace CqpBot.Channel;

/// <summary>The Bot Connector REST API at an activity's serviceUrl (botframework-connector conversations operations).</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);
}
