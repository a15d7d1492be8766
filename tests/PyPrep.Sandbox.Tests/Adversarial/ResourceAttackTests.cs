using System.Diagnostics;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>Attacks on time, memory, processes and output: each contained, each with its verdict.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ResourceAttackTests(SandboxFixture sandbox)
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

    [Fact]
    public async Task An_infinite_loop_that_ignores_sigxcpu_and_the_case_timer_is_killed_at_the_cpu_limit()
    {
        var code = "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n" +
                   "def double(x):\n    while True:\n        pass\n";
        var run = await Grade(code, TestChallenges.Double(new ResourceLimits { CaseSeconds = 1, CpuSeconds = 2, WallSeconds = 8 }));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.TimeLimitExceeded, c.Status));
    }

    [Fact]
    public async Task Sleeping_forever_is_stopped_at_the_wall_limit()
    {
        var code = "import signal, time\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\ndef double(x):\n    time.sleep(10 ** 6)\n";
        var run = await Grade(code, TestChallenges.Double(new ResourceLimits { CaseSeconds = 1, CpuSeconds = 5, WallSeconds = 2 }));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Contains("wall-clock", run.Cases[0].Error);
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
    public async Task Ten_thousand_threads_are_refused()
    {
        var code = "import threading, time\ndef double(x):\n    threads = [threading.Thread(target=time.sleep, args=(30,), daemon=True) for _ in range(10000)]\n    for t in threads:\n        t.start()\n    return x * 2\n";
        var run = await Grade(code);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("can't start new thread", run.Cases[0].Error);
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
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var challenge = TestChallenges.Double(Roomy);
        var run = await Grade(code, challenge);
        Assert.Equal(Verdict.OutputLimitExceeded, run.Verdict);
        Assert.True((run.Output?.Length ?? 0) <= challenge.Limits.OutputKb * 1024, "raw output is capped");
        var growthMb = (Process.GetCurrentProcess().PeakWorkingSet64 - before) / (1024 * 1024);
        Assert.True(growthMb < 256, $"host memory grew by {growthMb} MB");
    }

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
        var honest = await Grade("def double(x):\n    return x * 2\n");
        Assert.Equal(Verdict.Accepted, honest.Verdict);
        Assert.False(bomb.IsCompleted, "the honest submission finished while the bomb was still being contained");
        Assert.NotEqual(Verdict.Accepted, (await bomb).Verdict);
    }
}
