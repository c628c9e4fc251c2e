using System.Data.Common;

namespace CqpBot.Storage.Sql;

/// <summary>The statements of one turn's save, run inside a transaction the store owns.</summary>
public delegate Task<SaveResult> TurnWrite(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);
