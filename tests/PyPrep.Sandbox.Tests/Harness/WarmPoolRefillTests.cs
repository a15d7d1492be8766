using System.Diagnostics;
using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Sandbox.Tests.Harness;

/// <summary>
/// When the warm pool starts a slot's replacement: after the run while another slot is ready (a
/// start slows the run it overlaps), at once when the pool would otherwise be empty.
/// </summary>
public sealed class WarmPoolRefillTests
{
    private static readonly LaunchProfile Profile = LaunchProfile.From(ResourceLimits.Default);

    [Fact]
    public async Task With_another_slot_ready_the_replacement_starts_after_the_run()
    {
        await using var pool = await FilledPool(warmSlots: 2);
        var run = new BubblewrapRunner(pool).RunAsync(SleepingJob());

        await Task.Delay(700);
        Assert.False(run.IsCompleted, "the sleeping run ended early");
        Assert.Equal(1, pool.ReadyCount(Profile));

        Assert.Equal(Termination.Exited, (await run).Termination);
        await UntilReady(pool, 2);
    }

    [Fact]
    public async Task Taking_the_last_ready_slot_starts_its_replacement_at_once()
    {
        await using var pool = await FilledPool(warmSlots: 1);
        var run = new BubblewrapRunner(pool).RunAsync(SleepingJob());

        await UntilReady(pool, 1);
        Assert.False(run.IsCompleted, "the replacement was ready only after the run");
        Assert.Equal(Termination.Exited, (await run).Termination);
    }

    private static async Task<WarmPool> FilledPool(int warmSlots)
    {
        var options = new SandboxOptions { WarmSlots = warmSlots };
        SandboxPreflight.Check(options);
        var pool = new WarmPool(options);
        pool.Warm(Profile);
        await UntilReady(pool, warmSlots);
        return pool;
    }

    // Long enough that a replacement started at once is ready well before it ends, even on a busy machine.
    private static RunRequest SleepingJob() =>
        new(new JsonObject { ["mode"] = "script", ["code"] = "import time\ntime.sleep(5)", ["case_seconds"] = 10 }, ResourceLimits.Default);

    private static async Task UntilReady(WarmPool pool, int count)
    {
        var waited = Stopwatch.StartNew();
        while (pool.ReadyCount(Profile) < count)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(20), $"{pool.ReadyCount(Profile)} of {count} slots ready after 20 s");
            await Task.Delay(20);
        }
    }
}
