using PyPrep.Core.Running;

namespace PyPrep.Sandbox;

/// <summary>Runs harness jobs in single-use bubblewrap sandboxes taken from a <see cref="WarmPool"/>.</summary>
public sealed class BubblewrapRunner(WarmPool pool) : ICodeRunner
{
    public async Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var job = PooledJsonBuffer.Write(request.Job);
        var slot = await pool.RentAsync(LaunchProfile.From(request.Limits), cancellationToken);
        try
        {
            return await slot.RunAsync(job.Memory, request, cancellationToken);
        }
        finally
        {
            // Single use: kill and reap off the caller's path.
            _ = Task.Run(async () => await slot.DisposeAsync(), CancellationToken.None);
        }
    }
}
