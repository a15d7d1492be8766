using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PyPrep.Sandbox.Tests.Support;

/// <summary>
/// Passes the sandbox's start-up log (which cgroup mechanism, seccomp, uids) to xunit's diagnostic
/// messages, so a test run's output says what limited the sandboxes it tested.
/// </summary>
internal sealed class DiagnosticLogger<T>(IMessageSink sink) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) sink.OnMessage(new DiagnosticMessage($"{typeof(T).Name} {logLevel}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}"));
    }
}
