using PyPrep.Core.Running;

namespace PyPrep.Web.Features.Analysis;

/// <summary>Runs an analysis's sandbox jobs at the lowest CPU priority (<see cref="RunRequest.Background"/>).</summary>
internal sealed class BackgroundRunner(ICodeRunner runner) : ICodeRunner
{
    public Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return runner.RunAsync(request with { Background = true }, cancellationToken);
    }
}
