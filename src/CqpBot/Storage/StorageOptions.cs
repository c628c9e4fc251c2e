namespace CqpBot.Storage;

/// <summary>The <c>Storage</c> section: which provider, where it keeps its data, and how long interviews are kept.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (one instance) or <c>Postgres</c> (several instances sharing a server).</summary>
    public string Provider { get; set; } = "Sqlite";

    public SqliteSettings Sqlite { get; set; } = new();

    public PostgresSettings Postgres { get; set; } = new();

    public int RetentionDays { get; set; } = 365;

    public bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public sealed class SqliteSettings
    {
        /// <summary>The database file; a relative path is resolved against the content root.</summary>
        public string Path { get; set; } = "data/cqpbot.db";
    }

    public sealed class PostgresSettings
    {
        public string ConnectionString { get; set; } = "";
    }
}
