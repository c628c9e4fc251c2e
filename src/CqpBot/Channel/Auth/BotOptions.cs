using System.ComponentModel.DataAnnotations;

namespace CqpBot.Channel.Auth;

/// <summary>The Bot Framework's usual flat keys (appsettings.json or environment). An empty MicrosoftAppId means local anonymous use.</summary>
public sealed class BotOptions : IValidatableObject
{
    public string MicrosoftAppType { get; set; } = "MultiTenant";
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>"https://botframework.azure.us" for US Government; empty for the public cloud.</summary>
    public string? ChannelService { get; set; }

    /// <summary>Overrides the OpenID metadata of channel tokens (tests, sovereign clouds).</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the token endpoint for the connector token (tests).</summary>
    public string? OAuthTokenEndpoint { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsGovernment => ChannelService?.Contains("azure.us", StringComparison.OrdinalIgnoreCase) == true;

    public string ChannelIssuer => IsGovernment ? "https://api.botframework.us" : "https://api.botframework.com";

    public string ChannelMetadataUrl => !string.IsNullOrWhiteSpace(OpenIdMetadataUrl) ? OpenIdMetadataUrl
        : IsGovernment ? "https://login.botframework.azure.us/v1/.well-known/openidconfiguration"
        : "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ConnectorScope => (IsGovernment ? "https://api.botframework.us" : "https://api.botframework.com") + "/.default";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MicrosoftAppType is not ("MultiTenant" or "SingleTenant" or "UserAssignedMSI"))
            yield return new ValidationResult($"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI, not '{MicrosoftAppType}'.");
        if (IsAnonymous)
            yield break;
        if (MicrosoftAppType == "SingleTenant" && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            yield return new ValidationResult("MicrosoftAppType SingleTenant needs MicrosoftAppTenantId.");
        if (MicrosoftAppType == "UserAssignedMSI" && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
            yield return new ValidationResult("MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId (and MicrosoftAppId = the identity's client id).");
        if (MicrosoftAppType != "UserAssignedMSI" && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
            yield return new ValidationResult("MicrosoftAppPassword is required when MicrosoftAppId is set (except UserAssignedMSI).");
    }
}
