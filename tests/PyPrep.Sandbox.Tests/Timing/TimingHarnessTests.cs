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

    [Fact]
    public async Task A_linked_list_that_is_only_read_counts_as_unchanged()
    {
        var run = await TimeAsync("""
            def f(head):
                total = 0
                while head:
                    total += head.val
                    head = head.next
                return total
            """, LinkedListGenerator);
        Assert.Null(run.Error);
        Assert.False(run.Mutated);
        Assert.True(run.Points.Count >= 4, $"only {run.Points.Count} sizes");
    }

    [Fact]
    public async Task Every_call_that_reverses_a_linked_list_gets_a_list_in_the_original_order()
    {
        // The generator's values ascend from 0: a call handed a list an earlier call reversed would see n-1 first.
        var run = await TimeAsync("""
            def f(head):
                if head.val != 0:
                    raise ValueError("got a list an earlier call reversed")
                previous = None
                while head:
                    head.next, previous, head = previous, head, head.next
                return previous
            """, LinkedListGenerator);
        Assert.Null(run.Error);
        Assert.True(run.Mutated);
        Assert.True(run.Points.Count >= 4, $"only {run.Points.Count} sizes");
    }

    [Fact]
    public async Task Changing_the_inner_lists_of_a_list_of_lists_does_not_reach_the_next_call()
    {
        var run = await TimeAsync("""
            def f(intervals):
                if any(start > end for start, end in intervals):
                    raise ValueError("got intervals an earlier call flipped")
                for interval in intervals:
                    interval.reverse()
            """, """
            def generate(n, rng):
                return [[[i, i + 1 + rng.randrange(8)] for i in range(n)]]
            """);
        Assert.Null(run.Error);
        Assert.True(run.Mutated);
        Assert.NotEmpty(run.Points);
    }

    [Fact]
    public async Task A_class_is_timed_on_its_operations()
    {
        var run = await TimeAsync("""
            class Counter:
                def __init__(self):
                    self.counts = {}
                def add(self, key):
                    self.counts[key] = self.counts.get(key, 0) + 1
                def get(self, key):
                    return self.counts.get(key, 0)
            """, """
            def generate(n, rng):
                operations = ["Counter"] + ["add" if i % 2 else "get" for i in range(n)]
                arguments = [[]] + [[rng.randrange(n)] for _ in range(n)]
                return [operations, arguments]
            """, entry: "Counter", kind: "class");
        Assert.Null(run.Error);
        Assert.False(run.Mutated);
        Assert.True(run.Points.Count >= 4, $"only {run.Points.Count} sizes");
    }

    private const string LinkedListGenerator = """
        def generate(n, rng):
            head = None
            for value in range(n - 1, -1, -1):
                head = ListNode(value, head)
            return [head]
        """;

    private Task<TimingRun> TimeAsync(string code, string generator = Generator, string entry = "f", string kind = "function") =>
        meter.TimeAsync(new ComplexityProblem { Slug = "synthetic", Entry = entry, Kind = kind, Generator = generator }, code, 3, 6, 3);
}
