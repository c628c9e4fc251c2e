using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CqpBot.Channel.Connector;

/// <summary>
/// Sends activities through the Bot Connector REST API of the activity's serviceUrl
/// (POST v3/conversations/{id}/activities[/{replyToId}]). Answered Teams cards are replaced through the invoke
/// response, so no update (PUT) is needed.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory http, ConnectorTokenProvider tokens, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var path = string.IsNullOrEmpty(activity.ReplyToId) ? "activities" : $"activities/{Uri.EscapeDataString(activity.ReplyToId)}";
        using var response = await PostAsync(activity, path, cancellationToken);
        return response.Content.Headers.ContentLength is > 0
            ? await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options, cancellationToken) ?? new ResourceResponse(null)
            : new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string path, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl?.TrimEnd('/') ?? throw new InvalidOperationException("The activity has no serviceUrl.");
        var conversation = Uri.EscapeDataString(activity.Conversation?.Id ?? "");
        var id = activity.Id;
        activity.Id = null; // the connector assigns ids (botbuilder deletes activity.id before sending)
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{serviceUrl}/v3/conversations/{conversation}/{path}")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        activity.Id = id;
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.CreateClient(nameof(ConnectorClient)).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            ChannelLog.ConnectorFailed(logger, "POST", request.RequestUri!.Host, (int)response.StatusCode);
            response.EnsureSuccessStatusCode();
        }

        return response;
    }
}
