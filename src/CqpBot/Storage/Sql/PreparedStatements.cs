using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>
/// The turn writer's statements, each prepared once on the writer's connection and run again with new values. SQLite
/// parses and plans a statement every time a new command runs it, and the writer ran five a turn (savepoint, applied
/// activity, interview, owner, release) on the one thread every turn waits for. Used by that thread only.
/// </summary>
internal sealed class PreparedStatements(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> commands = [];

    public DbConnection Connection => connection;

    /// <summary>Runs <paramref name="sql"/> with these values; the same SQL must always come with the same parameter names.</summary>
    public Task<int> ExecuteAsync(DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            commands.Add(sql, command);
        }

        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters[name].Value = value ?? DBNull.Value;
        return command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
            command.Dispose();
        commands.Clear();
    }
}
