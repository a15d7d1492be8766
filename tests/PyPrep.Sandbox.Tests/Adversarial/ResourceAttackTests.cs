using System.Diagnostics;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;
using Xunit.Abstractions;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>Attacks on time, memory, processes and output: each contained, each with its verdict.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ResourceAttackTests(SandboxFixture sandbox, ITestOutputHelper output)
{
    /// <summary>Roomy limits, so attacks meant to hit memory, process or output limits don't hit time first on a busy machine.</summary>
    private static readonly ResourceLimits Roomy = new() { CaseSeconds = 10, CpuSeconds = 20, WallSeconds = 30 };

    private Task<GradingRun> Grade(string code, Challenge? challenge = null) =>
        sandbox.Grader.GradeAsync(challenge ?? TestChallenges.Double(Roomy), code);

    [Fact]
    public async Task An_infinite_loop_exceeds_the_time_limit()
    {
        var run = await Grade("def double(x):\n    while True:\n        pass\n", TestChallenges.Double());
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
    }

    [Theory]
    [InlineData("signal.SIG_IGN")]
    [InlineData("swallow")] // a handler of its own that returns, so the loop goes on
    public async Task An_infinite_loop_that_ignores_sigxcpu_and_the_case_timer_is_stopped_once_at_its_time_limit(string handler)
    {
        var code = "import signal\ndef swallow(*args):\n    pass\n" +
                   $"for s in (signal.SIGXCPU, signal.SIGALRM, signal.SIGPROF):\n    signal.signal(s, {handler})\n" +
                   "def double(x):\n    while True:\n        pass\n";
        var limits = new ResourceLimits { CaseSeconds = 1, CpuSeconds = 2, WallSeconds = 8 };
        var clock = Stopwatch.StartNew();
        var run = await Grade(code, TestChallenges.Double(limits));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.TimeLimitExceeded, c.Status));
        // Stopped at the hard CPU limit (or, on a starved machine, the wall limit), and not given
        // fresh sandboxes to spin in again: the other cases are reported as not run.
        Assert.All(run.Cases.Skip(1), c => Assert.StartsWith("not run", c.Error));
        // Starved of CPU on a busy machine it runs to the wall limit (8 s, measured 10.2 s with the
        // sandbox's start and teardown); restarted per case it would hold sandboxes up to 4 x 8 s.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2 * limits.WallSeconds), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Sleeping_forever_is_stopped_at_the_wall_limit()
    {
        var code = "import signal, time\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\ndef double(x):\n    time.sleep(10 ** 6)\n";
        var limits = new ResourceLimits { CaseSeconds = 1, CpuSeconds = 5, WallSeconds = 3 };
        var clock = Stopwatch.StartNew();
        var run = await Grade(code, TestChallenges.Double(limits));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Contains("wall-clock", run.Cases[0].Error);
        Assert.All(run.Cases.Skip(1), c => Assert.StartsWith("not run", c.Error));
        // Once, not once per case: a sandbox restarted for each remaining case would take 3 x 3 s.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(limits.WallSeconds - 0.5), TimeSpan.FromSeconds(2 * limits.WallSeconds));
    }

    [Fact]
    public async Task A_fork_bomb_is_contained_and_leaves_no_process_behind()
    {
        const string marker = "987.651";
        var code = "import os\ndef double(x):\n    main = os.getpid()\n    while True:\n        try:\n            os.fork()\n        except OSError:\n" +
                   $"            if os.getpid() != main:\n                os.execv('/usr/bin/sleep', ['sleep', '{marker}'])\n            return x * 2\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.Accepted, run.Verdict); // the harness answers; the bomb's children never report
        Assert.Equal(0, await HostProcesses.CountAfterReapingAsync(marker));
    }

    [Fact]
    public async Task Ten_thousand_threads_are_refused_and_leave_no_process_behind()
    {
        var code = "import threading, time\ndef double(x):\n    threads = [threading.Thread(target=time.sleep, args=(60,), daemon=True) for _ in range(10000)]\n    for t in threads:\n        t.start()\n    return x * 2\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("can't start new thread", run.Cases[0].Error);
        // The threads it did start sleep for a minute: the interpreter holding them must be gone
        // with its sandbox, not linger. A waiting sandbox has one thread.
        Assert.Equal(0, await HostProcesses.CountAfterReapingAsync(() => HostProcesses.CountInterpretersWithThreads(10)));
    }

    [Theory]
    [InlineData("data = bytearray(10 ** 10)")]
    [InlineData("chunks = []\n    while True:\n        chunks.append(b'x' * (100 * 1024 * 1024))")]
    public async Task Grabbing_memory_exceeds_the_memory_limit(string attack)
    {
        // 256 MB rather than the default 1 GiB: page faults are slow on small VMs, and the limit is what is tested.
        var limits = Roomy with { MemoryMb = 256 };
        var run = await Grade($"def double(x):\n    {attack}\n    return x * 2\n", TestChallenges.Double(limits));
        Assert.Equal(Verdict.MemoryLimitExceeded, run.Verdict);
    }

    [Theory]
    [InlineData("import sys\ndef double(x):\n    chunk = 'x' * (1 << 20)\n    for _ in range(1024):\n        sys.stdout.write(chunk)\n")]
    [InlineData("import os\ndef double(x):\n    chunk = b'x' * (1 << 20)\n    for _ in range(1024):\n        os.write(1, chunk)\n")]
    [InlineData("import os\ndef double(x):\n    chunk = b'x' * (1 << 20)\n    for _ in range(1024):\n        os.write(2, chunk)\n")]
    public async Task A_gigabyte_of_output_exceeds_the_output_limit_and_the_host_keeps_only_the_cap(string code)
    {
        var challenge = TestChallenges.Double(Roomy);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = await Grade(code, challenge);
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024);
        output.WriteLine($"allocated {allocatedMb:F1} MB");
        Assert.Equal(Verdict.OutputLimitExceeded, run.Verdict);
        Assert.True((run.Output?.Length ?? 0) <= challenge.Limits.OutputKb * 1024, "raw output is capped");
        // Everything this process allocated meanwhile (other tests and the background grading
        // included): a host that buffered the gigabyte, or even the 64 MB results cap, is far above.
        Assert.True(allocatedMb < MemoryBoundMb, $"the host allocated {allocatedMb:F1} MB while a gigabyte was written");
    }

    [Fact]
    public async Task A_gigabyte_written_straight_to_the_results_channel_is_cut_off_and_the_host_keeps_only_the_cap()
    {
        // The harness keeps the results channel on an fd of its own (harness.py: RESULTS = os.dup(1));
        // the code finds it as any open fd past 2 and floods it with one endless line.
        var code = "import os\ndef double(x):\n    chunk = b'x' * (1 << 20)\n    fds = [int(fd) for fd in os.listdir('/proc/self/fd') if int(fd) > 2]\n" +
                   "    for _ in range(1024):\n        for fd in fds:\n            try:\n                os.write(fd, chunk)\n            except OSError:\n                pass\n";
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var run = await Grade(code);
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024);
        Assert.Equal(Verdict.OutputLimitExceeded, run.Verdict);
        // Each sandbox's line buffer stops at the 4 MB record bound (doubling: 8 MB allocated), and an
        // output limit lets the grader retry the remaining cases in up to 3 fresh sandboxes. Before the
        // bound, the buffer grew to the channel's 64 MB cap: 514 MB allocated.
        Assert.True(allocatedMb < ChannelFloodBoundMb, $"the host allocated {allocatedMb:F1} MB while a gigabyte was written to the results channel");
    }

    /// <summary>What the host may allocate, all told, while one flood of output is cut off.</summary>
    private const double MemoryBoundMb = 32;

    /// <summary>What the host may allocate while four sandboxes in turn flood the results channel.</summary>
    private const double ChannelFloodBoundMb = 48;

    [Fact]
    public async Task Recursion_that_crashes_the_interpreter_is_a_runtime_error()
    {
        var code = "import sys\nclass Deep:\n    def __repr__(self):\n        return repr(Deep())\n\ndef double(x):\n    sys.setrecursionlimit(10 ** 7)\n    return repr(Deep())\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("crashed", run.Cases[0].Error);
    }

    [Fact]
    public async Task A_fork_bomb_in_one_slot_does_not_disturb_a_submission_graded_beside_it()
    {
        var bomb = sandbox.Grader.GradeAsync(TestChallenges.Double(), "import os\ndef double(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n");
        await Task.Delay(200);
        var clock = Stopwatch.StartNew();
        var honest = await Grade("def double(x):\n    return x * 2\n");
        var took = clock.Elapsed;
        Assert.Equal(Verdict.Accepted, honest.Verdict);
        Assert.False(bomb.IsCompleted, "the honest submission finished while the bomb was still being contained");
        Assert.True(took < BackgroundGrading.Bound, $"the honest submission took {took} beside the bomb");
        Assert.NotEqual(Verdict.Accepted, (await bomb).Verdict);
    }
}
