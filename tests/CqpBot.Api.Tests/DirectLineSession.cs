using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CqpBot.Api.Tests;

/// <summary>One Web Chat page's Direct Line conversation: its token and id, and raw requests with any token.</summary>
public sealed class DirectLineSession(HttpClient http)
{
    public string Token { get; private set; } = "";

    public string ConversationId { get; private set; } = "";

    /// <summary>The page's resume ticket (null when DirectLine:ResumeDays is 0).</summary>
    public string? Resume { get; private set; }

    public string ActivitiesPath => $"/v3/directline/conversations/{ConversationId}/activities";

    public static async Task<DirectLineSession> StartAsync(HttpClient http)
    {
        var session = new DirectLineSession(http);
        var page = await (await http.PostAsJsonAsync("/api/directline/token", new { })).Content.ReadFromJsonAsync<JsonObject>();
        session.Token = (string)page!["token"]!;
        session.Resume = (string?)page["resume"];
        using var started = await session.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        session.ConversationId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!;
        return session;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        return http.SendAsync(request);
    }

    public async Task PostAsync(object activity)
    {
        using var response = await SendAsync(HttpMethod.Post, ActivitiesPath, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The transcript as the page reads it (raw body, for byte comparisons).</summary>
    public async Task<string> TranscriptAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, ActivitiesPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
