using Microsoft.Extensions.Options;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Grading;

/// <summary>
/// Sandboxed runs outside the grading queue (scratch test calls, spot-the-bug fixes: nothing of
/// them is stored to resume) share this gate. At most half the grading workers' worth run at once,
/// so experiments cannot starve verdicts; at most four times that many wait, so one client firing
/// requests in a loop gets 503s instead of a backlog that delays everyone's experiments for minutes.
/// </summary>
internal sealed class ExperimentGate
{
    private readonly SemaphoreSlim slots;
    private int waiting;

    public ExperimentGate(IOptions<GradingOptions> grading)
    {
        Running = Math.Max(1, grading.Value.Workers / 2);
        slots = new SemaphoreSlim(Running);
    }

    /// <summary>How many experiments run at once.</summary>
    public int Running { get; }

    /// <summary>How many may wait for a turn.</summary>
    public int MaxWaiting => Running * 4;

    /// <summary>A turn, held until the lease is disposed; null when <see cref="MaxWaiting"/> are waiting already.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref waiting) > MaxWaiting)
        {
            Interlocked.Decrement(ref waiting);
            return null;
        }
        try { await slots.WaitAsync(cancellationToken); }
        finally { Interlocked.Decrement(ref waiting); }
        return new Lease(slots);
    }

    /// <summary>The 503 for a caller turned away.</summary>
    public static IResult Busy() =>
        Problems.Unavailable("too many test runs are waiting for the sandbox; try again in a few seconds", 5);

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}
