using Microsoft.Extensions.Logging;

namespace PyPrep.Cli.Infrastructure;

/// <summary>
/// One line on stderr per warning, such as why sandboxes get no cgroup here, said once when a
/// command starts the sandbox pool. Stdout stays the command's result; and a `check` run in an
/// editor loop should not print how the sandbox is set up every time, only what is missing.
/// </summary>
internal sealed class StderrLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        Console.Error.WriteLine($"pyprep: warning: {formatter(state, exception)}");
    }
}
