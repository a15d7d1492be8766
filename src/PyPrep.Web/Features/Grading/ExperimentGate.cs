using Microsoft.Extensions.Options;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// Spot-the-bug fixes run in the sandbox outside the grading queue (nothing is stored to resume),
/// so at most half the grading workers' worth run at once: drills cannot starve verdicts.
/// </summary>
internal sealed class FixGate(IOptions<GradingOptions> grading)
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, grading.Value.Workers / 2));

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        try { return await work(); }
        finally { slots.Release(); }
    }
}
