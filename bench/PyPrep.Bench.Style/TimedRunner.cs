using System.Diagnostics;
using PyPrep.Core.Running;

namespace PyPrep.Bench.Style;

/// <summary>Wraps a runner to measure how much of the analysis is spent in the sandbox (start, parse, JSON).</summary>
internal sealed class TimedRunner(ICodeRunner inner) : ICodeRunner
{
    public double SandboxMs { get; private set; }

    public async Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await inner.RunAsync(request, cancellationToken);
        SandboxMs += clock.Elapsed.TotalMilliseconds;
        return outcome;
    }
}
