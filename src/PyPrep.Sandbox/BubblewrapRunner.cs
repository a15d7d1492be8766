using PyPrep.Core.Running;

namespace PyPrep.Sandbox;

/// <summary>Runs harness jobs in single-use bubblewrap sandboxes taken from a <see cref="WarmPool"/>.</summary>
public sealed class BubblewrapRunner(WarmPool pool) : ICodeRunner
{
    public async Task<RunOutcome> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var job = PooledJsonBuffer.Write(request.Job);
        var profile = LaunchProfile.From(request.Limits);
        var slot = await pool.RentAsync(profile, cancellationToken);
        try
        {
            return await slot.RunAsync(job.Memory, request, cancellationToken);
        }
        finally
        {
            pool.Return(slot, profile);
        }
    }
}
