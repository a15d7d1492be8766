using Microsoft.Extensions.Logging;

namespace PyPrep.Cli.Infrastructure;

/// <summary>
/// One line on stderr per message at Information or above: how the sandbox is limited here (cgroup
/// mechanism or why none, seccomp, uids) is said once when a command starts the sandbox pool,
/// without touching stdout, which commands keep for their results.
/// </summary>
internal sealed class StderrLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var level = logLevel >= LogLevel.Warning ? "warning: " : "";
        Console.Error.WriteLine($"pyprep: {level}{formatter(state, exception)}");
    }
}
