namespace CqpBot.Storage.Sql;

/// <summary>The schema's history, shared by both providers: steps are only ever appended, never edited.</summary>
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, """
            CREATE TABLE interviews (
                conversation_key TEXT NOT NULL PRIMARY KEY,
                interview_id TEXT NOT NULL UNIQUE,
                version BIGINT NOT NULL,
                state_json TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                aad_object_id TEXT NULL,
                tenant_id TEXT NULL,
                status TEXT NOT NULL,
                created_at {timestamp} NOT NULL,
                updated_at {timestamp} NOT NULL);
            CREATE TABLE applied_activities (
                conversation_key TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                response_json TEXT NULL,
                PRIMARY KEY (conversation_key, activity_id));
            CREATE TABLE guide_snapshots (
                cqp_id TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (cqp_id, fingerprint));
            """),

        // The embedded Direct Line came after the first release; indexes serve the records list and the purge.
        new(2, """
            CREATE TABLE directline_conversations (
                conversation_id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL,
                created_at {timestamp} NOT NULL,
                last_sequence BIGINT NOT NULL DEFAULT 0);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL,
                sequence BIGINT NOT NULL,
                activity_json TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence));
            CREATE INDEX interviews_by_user ON interviews (user_id);
            CREATE INDEX interviews_by_aad_object ON interviews (aad_object_id);
            CREATE INDEX interviews_by_tenant ON interviews (tenant_id);
            CREATE INDEX interviews_by_update ON interviews (updated_at);
            """),

        // Written by every turn, this index cost a page or two per turn in SQLite's WAL and kept PostgreSQL's updates
        // from being HOT; the purge, every few hours, scans the table instead, on a read connection (SqlStore.PurgeAsync).
        new(3, """
            DROP INDEX IF EXISTS interviews_by_update;
            """),

        // Responses are stored packed (PackedResponse); the rows written before keep their response_json, still read.
        new(4, """
            ALTER TABLE applied_activities ADD COLUMN response {binary} NULL;
            """),
    ];
}
