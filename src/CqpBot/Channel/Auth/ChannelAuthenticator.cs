using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CqpBot.Channel.Auth;

/// <summary>
/// Validates the channel's bearer token as the channel service issues it (botframework-connector channelValidation.ts):
/// RS256/384/512 signature by a published key, issuer, audience = MicrosoftAppId, expiry with 5 min of skew,
/// the key endorsed for the activity's channel, and the serviceurl claim equal to the activity's serviceUrl.
/// </summary>
public sealed class ChannelAuthenticator
{
    private readonly BotOptions options;
    private readonly SigningKeys keys;
    private readonly ILogger<ChannelAuthenticator> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public ChannelAuthenticator(IOptions<BotOptions> options, IHttpClientFactory http, TimeProvider clock, ILogger<ChannelAuthenticator> logger)
    {
        this.options = options.Value;
        this.logger = logger;
        keys = new SigningKeys(http.CreateClient(nameof(SigningKeys)), this.options.ChannelMetadataUrl, clock, logger);
    }

    public bool IsAnonymous => options.IsAnonymous;

    /// <summary>The identity, or null when the request must be refused with 401. Anonymous mode accepts everything.</summary>
    public async Task<ClaimsIdentity?> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (options.IsAnonymous)
            return null;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Refuse("no bearer token");

        var token = authorization["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(token) || Read(token) is not { } jwt)
            return Refuse("unreadable token");
        if (jwt.Alg is not ("RS256" or "RS384" or "RS512") || string.IsNullOrEmpty(jwt.Kid))
            return Refuse("algorithm or key id not accepted");

        var found = await keys.FindAsync(jwt.Kid, cancellationToken);
        if (found is not { } signing)
            return Refuse("unknown signing key");
        if (signing.Endorsements.Count > 0 && !signing.Endorsements.Contains(activity.ChannelId ?? ""))
            return Refuse("key not endorsed for the channel");

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.ChannelIssuer,
            ValidAudience = options.MicrosoftAppId,
            IssuerSigningKey = signing.Key,
            ValidAlgorithms = ["RS256", "RS384", "RS512"],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        });
        if (!result.IsValid)
            return Refuse(result.Exception?.GetType().Name ?? "invalid token");

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
            return Refuse("ServiceUrl claim do not match");
        return result.ClaimsIdentity;
    }

    /// <summary>CanReadToken checks only the shape: segments that are not base64url JSON still throw when read.</summary>
    private JsonWebToken? Read(string token)
    {
        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private ClaimsIdentity? Refuse(string reason)
    {
        ChannelLog.Unauthorized(logger, reason);
        return null;
    }
}
