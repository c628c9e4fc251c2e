using CqpBot.Bot;
using CqpBot.Channel;
using CqpBot.Channel.Auth;
using CqpBot.Channel.Connector;
using CqpBot.Channel.DirectLine;
using CqpBot.Endpoints;
using CqpBot.Domain.Guides.Loading;
using CqpBot.Domain.Interview;
using CqpBot.Documents;
using CqpBot.Records;
using CqpBot.Storage;
using Microsoft.Extensions.Options;

namespace CqpBot.Hosting;

/// <summary>The host's services, written once: configuration, dialogs, engine, channel layer, storage.</summary>
public static class BotServices
{
    public static IServiceCollection AddCqpBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient();

        // dialogs/ is loaded once; an invalid file stops the start-up with the file, the JSON path and the problem.
        services.AddSingleton(_ => DialogsLoader.Load(DialogsDirectory.Resolve(configuration["Dialogs:Path"])));
        services.AddSingleton(sp => new InterviewSettings(sp.GetRequiredService<IOptions<StorageOptions>>().Value.RetentionDays));
        services.AddSingleton<GuideSnapshots>();
        services.AddSingleton<IGuideSource>(sp => sp.GetRequiredService<GuideSnapshots>());
        services.AddSingleton<InterviewEngine>();

        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddSingleton<ChannelAuthenticator>();
        services.AddSingleton<ChannelAdapter>();
        services.AddSingleton<ParsedStates>();
        services.AddSingleton<IStateCopies>(sp => sp.GetRequiredService<ParsedStates>());
        services.AddHostedService<ParsedStatesExpiry>();
        services.AddSingleton<IBot, InterviewBot>();

        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section)).ValidateOnStart()
            .Validate(o => o.IsEmbedded || !string.IsNullOrWhiteSpace(o.Secret), "DirectLine:Mode Azure needs DirectLine:Secret (the Direct Line channel secret).")
            .Validate(o => o.MaxPostsPer10Seconds > 0 && o.MaxReadsPer10Seconds > 0, "DirectLine:MaxPostsPer10Seconds and DirectLine:MaxReadsPer10Seconds must be positive numbers of requests.")
            .Validate(o => o.TokenLifetimeSeconds >= 1200, "DirectLine:TokenLifetimeSeconds must be at least 1200 (DirectLineJS refreshes its token every 15 minutes).")
            .Validate(o => o.ResumeDays is >= 0 and <= 365, "DirectLine:ResumeDays must be between 0 (no resume after a token expired) and 365 days.");
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineHub>();
        services.AddSingleton<DirectLineService>();
        services.AddDirectLineRateLimits();

        services.AddCqpBotStorage(configuration);
        services.AddRecordDocuments(configuration);
        services.AddSignedRecordLinks(configuration);
        services.AddSingleton<InterviewRecords>();
        services.AddSingleton<RecordsCommand>();
        services.AddSingleton<RetentionPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurge>());
        return services;
    }
}
