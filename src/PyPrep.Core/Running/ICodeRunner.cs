namespace PyPrep.Core.Running;

/// <summary>Runs one harness job on untrusted code, in isolation, and reports what came back.</summary>
public interface ICodeRunner
{
    Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default);
}
