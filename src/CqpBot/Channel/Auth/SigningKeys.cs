using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Channel.Auth;

/// <summary>
/// The channel's signing keys from its OpenID metadata, with their endorsements (which channels a key may sign for).
/// Refreshed every 24 h, and on an unknown key id at most once an hour (botframework-connector openIdMetadata.ts).
/// </summary>
public sealed class SigningKeys(HttpClient http, string metadataUrl, TimeProvider clock, ILogger logger)
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromHours(24);
    private static readonly TimeSpan UnknownKeyRefreshAtMost = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private IReadOnlyDictionary<string, (JsonWebKey Key, IReadOnlyList<string> Endorsements)> keys = new Dictionary<string, (JsonWebKey, IReadOnlyList<string>)>();
    private DateTimeOffset fetchedAt = DateTimeOffset.MinValue;

    public async Task<(JsonWebKey Key, IReadOnlyList<string> Endorsements)?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - fetchedAt > RefreshEvery || (!keys.ContainsKey(keyId) && now - fetchedAt > UnknownKeyRefreshAtMost))
            await RefreshAsync(cancellationToken);
        return keys.TryGetValue(keyId, out var found) ? found : null;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancellationToken));
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()!;
            using var jwks = JsonDocument.Parse(await http.GetStringAsync(jwksUri, cancellationToken));
            var loaded = new Dictionary<string, (JsonWebKey, IReadOnlyList<string>)>();
            foreach (var element in jwks.RootElement.GetProperty("keys").EnumerateArray())
            {
                var key = new JsonWebKey(element.GetRawText());
                var endorsements = element.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                    ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                    : [];
                if (key.Kid is not null)
                    loaded[key.Kid] = (key, endorsements);
            }

            keys = loaded;
            fetchedAt = clock.GetUtcNow();
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or TaskCanceledException)
        {
            // Keep the keys we have; an unknown key stays unknown and the request gets a 401.
            fetchedAt = clock.GetUtcNow() - RefreshEvery + UnknownKeyRefreshAtMost;
            ChannelLog.SigningKeysUnavailable(logger, metadataUrl, e.Message);
        }
        finally
        {
            refreshing.Release();
        }
    }
}
