using PyPrep.Core.Grading.Complexity;
using PyPrep.Sandbox;

namespace PyPrep.Sandbox.Tests.Timing;

/// <summary>The harness's "time" mode in the real sandbox (docs/harness-protocol.md, issue 4).</summary>
public sealed class TimingHarnessTests : IAsyncLifetime
{
    private const string Generator = """
        def generate(n, rng):
            return [[x for x in memoryview(rng.randbytes(4 * n)).cast("I")]]
        """;

    private WarmPool pool = null!;
    private ComplexityMeter meter = null!;

    public Task InitializeAsync()
    {
        pool = new WarmPool(new SandboxOptions { WarmSlots = 0 });
        meter = new ComplexityMeter(new BubblewrapRunner(pool), new ComplexityOptions { MaxN = 4096, BudgetSeconds = 3 });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await pool.DisposeAsync();

    [Fact]
    public async Task Sizes_arrive_in_order_with_samples_and_host_cpu_stamps()
    {
        var run = await TimeAsync("def f(nums):\n    return sum(nums)\n");
        Assert.Null(run.Error);
        Assert.True(run.Points.Count >= 4, $"only {run.Points.Count} sizes");
        Assert.Equal(run.Points.Select(p => p.N).Order(), run.Points.Select(p => p.N));
        Assert.All(run.Points, p => Assert.True(p.Seconds > 0));
        Assert.NotEmpty(run.Memory);
    }

    [Fact]
    public async Task Patching_random_after_loading_cannot_change_the_inputs()
    {
        // Had the inputs been generated after this module ran, they would be all zeros.
        var run = await TimeAsync("""
            import random
            random.Random.randbytes = lambda self, k: bytes(k)
            def f(nums):
                if len(nums) > 4 and not any(nums):
                    raise ValueError("the inputs were patched")
                return len(nums)
            """);
        Assert.Null(run.Error);
        Assert.NotEmpty(run.Points);
    }

    [Fact]
    public async Task In_place_changes_do_not_reach_the_next_call()
    {
        var run = await TimeAsync("""
            def f(nums):
                if not nums:
                    raise ValueError("got the list an earlier call emptied")
                nums.clear()
            """);
        Assert.Null(run.Error);
        Assert.NotEmpty(run.Points);
    }

    [Fact]
    public async Task Patching_the_harness_clock_gains_nothing()
    {
        // Stops the harness's CPU clock: every sample would read 0. The host's stamps still count.
        var run = await TimeAsync("""
            import sys
            sys.modules["__main__"]._cpu = lambda: 0
            def f(nums):
                total = 0
                for _ in range(20):
                    for x in nums:
                        total += x
                return total
            """);
        Assert.NotEmpty(run.Points);
        Assert.True(run.Distrusted > 0);
        var largest = run.Points[^1];
        Assert.True(largest.Seconds > largest.N * 1e-9, $"{largest.Seconds} s at n={largest.N} is implausibly fast");
    }

    [Fact]
    public async Task A_solution_that_raises_is_reported_not_timed()
    {
        var run = await TimeAsync("def f(nums):\n    return nums[len(nums) + 1]\n");
        Assert.Contains("IndexError", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Points);
    }

    private Task<TimingRun> TimeAsync(string code) =>
        meter.TimeAsync(new ComplexityProblem { Slug = "synthetic", Entry = "f", Generator = Generator }, code, 3, 3);
}
