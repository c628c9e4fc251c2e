using System.Text;

namespace CqpBot.Abuse.Tests.Privacy;

/// <summary>Gives the user the display name a channel such as Teams sends in every activity's from.name.</summary>
public sealed class DisplayNameHandler(string displayName) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            var body = (await request.Content.ReadAsStringAsync(cancellationToken)).Replace("\"name\":\"Utilisateur\"", $"\"name\":\"{displayName}\"", StringComparison.Ordinal);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
