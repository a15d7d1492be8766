using PyPrep.Core.Running;

namespace PyPrep.Cli.Grading;

/// <summary>
/// Passes jobs through to the sandbox and reports each case answer as it streams back
/// (<see cref="RunRequest.OnRecord"/>), so a terminal can show "case 12/28" while grading runs.
/// When a sandbox dies and the grader runs the remaining cases again, the count simply continues.
/// </summary>
internal sealed class CaseCountingRunner(ICodeRunner inner, Action onCase) : ICodeRunner
{
    public Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var previous = request.OnRecord;
        return inner.RunAsync(request with
        {
            OnRecord = record =>
            {
                previous?.Invoke(record);
                if (record.Type == "case") onCase();
            },
        }, cancellationToken);
    }
}
