namespace CqpBot.Storage;

// Placeholder until the SQLite/PostgreSQL providers land: replaced by the storage branch.
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddCqpBotStorage(this IServiceCollection services, IConfiguration configuration) => services;
}
