using CqpBot.Bot;
using CqpBot.Documents;

namespace CqpBot.Records;

/// <summary>Offers signed download links on the conclusion card (needs AddRecordDocuments); the endpoint that serves them verifies with <see cref="SignedRecordLinks.Verify"/>.</summary>
public static class RecordLinksServiceCollectionExtensions
{
    public static IServiceCollection AddSignedRecordLinks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RecordLinksOptions.Section).Get<RecordLinksOptions>() ?? new RecordLinksOptions();
        services.AddSingleton(sp => new SignedRecordLinks(options, sp.GetRequiredService<RecordDocuments>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IRecordLinks>(sp => sp.GetRequiredService<SignedRecordLinks>());
        return services;
    }
}
