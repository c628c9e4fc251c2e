using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CqpBot.Api.Tests;

/// <summary>
/// A logger provider that keeps every line the app writes, at every level and in every category, with its
/// structured values, scopes and exception: what an operator's log pipeline would receive.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<(string Category, LogLevel Level, string Text)> Entries { get; } = new();

    public string All => string.Join("\n", Entries.Select(e => $"{e.Level} {e.Category}: {e.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { formatter(state, exception) };
            // The raw values too: a sink may store them even when the message template does not show them.
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            owner.scopes.ForEachScope((scope, list) => list.Add($"scope={scope}"), parts);
            if (exception is not null)
                parts.Add(exception.ToString());
            owner.Entries.Enqueue((category, logLevel, string.Join(" | ", parts)));
        }
    }
}
