using System.Globalization;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>
/// Attacks that per-process rlimits alone let through: many processes that each stay under their
/// own limits but together would take the host's memory or CPU. Each sandbox's cgroup holds them
/// to one budget. Root only: CI runs as root, and root may create cgroups on its hosts.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class CgroupAttackTests(SandboxFixture sandbox)
{
    private static readonly ResourceLimits Roomy = new() { CaseSeconds = 10, CpuSeconds = 20, WallSeconds = 30 };

    private Task<GradingRun> Grade(string code, ResourceLimits limits) => sandbox.Grader.GradeAsync(TestChallenges.Double(limits), code);

    private static CgroupHost Cgroups()
    {
        var host = CgroupSupport.Detect();
        Assert.True(host.Version != CgroupVersion.None, $"no sandbox cgroups as root: {host.Reason}");
        return host;
    }

    [RootFact]
    public async Task Thirty_forked_children_touching_200_MB_each_exceed_the_memory_limit_together()
    {
        // 30 x 200 MB = 6 GB, each child far under its own 512 MB address-space limit.
        var limits = Roomy with { MemoryMb = 512 };
        var host = Cgroups();
        ResetPeak(host.MemoryParent!);
        var run = await Grade("""
            import os, time
            def double(x):
                children = []
                for _ in range(30):
                    pid = os.fork()
                    if pid == 0:
                        block = b'x' * (200 * 1024 * 1024)  # written, so every page is really used
                        time.sleep(30)
                        os._exit(0)
                    children.append(pid)
                for pid in children:
                    os.waitpid(pid, 0)
                return x * 2
            """, limits);
        Assert.Equal(Verdict.MemoryLimitExceeded, run.Verdict);
        Assert.Contains("memory limit", run.Cases[0].Error);
        // Every sandbox of this test process together (this one and the idle warm ones) stayed
        // within about one sandbox's limit: the host never lent the attack its gigabytes.
        var peakMb = Peak(host.MemoryParent!) / (1024 * 1024);
        Assert.True(peakMb < 1024, $"the sandboxes' memory peaked at {peakMb} MB");
    }

    [RootFact]
    public async Task A_fork_bomb_is_counted_in_its_cgroup_which_is_gone_after_the_run_with_every_process()
    {
        const string marker = "987.652";
        var host = Cgroups();
        var seen = new Dictionary<string, (long Current, long Max)>();
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var folder in Directory.GetDirectories(host.PidsParent!))
                {
                    var current = ReadNumber(Path.Combine(folder, "pids.current"));
                    var max = ReadNumber(Path.Combine(folder, "pids.max"));
                    if (current is { } c && max is { } m && (!seen.TryGetValue(folder, out var old) || old.Current < c)) seen[folder] = (c, m);
                }
                await Task.Delay(5);
            }
        });
        var run = await Grade("import os\ndef double(x):\n    main = os.getpid()\n    while True:\n        try:\n            os.fork()\n        except OSError:\n" +
                              $"            if os.getpid() != main:\n                os.execv('/usr/bin/sleep', ['sleep', '{marker}'])\n            return x * 2\n", Roomy);
        await stop.CancelAsync();
        await watch;

        // The verdict is ResourceAttackTests' concern; this test is about where the bomb's processes live.
        Assert.NotEqual(Verdict.TimeLimitExceeded, run.Verdict);
        var bombed = seen.Where(s => s.Value.Current >= 32).ToList();
        var (folder, (current, max)) = Assert.Single(bombed);
        Assert.Equal(new SandboxOptions().MaxProcesses, max);
        Assert.InRange(current, 32, max);
        Assert.Equal(0, await HostProcesses.CountAfterReapingAsync(marker));
        for (var i = 0; i < 50 && Directory.Exists(folder); i++) await Task.Delay(100);
        Assert.False(Directory.Exists(folder), $"{folder} outlived its sandbox");
        var name = Path.GetFileName(folder);
        Assert.False(Directory.Exists(Path.Combine(host.MemoryParent!, name)), "its memory cgroup outlived the sandbox");
    }

    [RootFact]
    public async Task Cpu_burnt_by_forked_children_counts_against_the_runs_cpu_limit()
    {
        // Each child ignores SIGXCPU and would be killed only at its own hard limit (3 s), so four
        // of them could burn 12 s of CPU while the parent waits at none; the cgroup sums them.
        var limits = new ResourceLimits { CaseSeconds = 10, CpuSeconds = 2, WallSeconds = 30 };
        Cgroups();
        var run = await Grade("""
            import os, signal
            def double(x):
                for _ in range(4):
                    if os.fork() == 0:
                        signal.signal(signal.SIGXCPU, signal.SIG_IGN)
                        while True:
                            pass
                for _ in range(4):
                    os.wait()
                return x * 2
            """, limits);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Contains("CPU time limit", run.Cases[0].Error);
    }

    [RootFact]
    public async Task Killing_itself_with_sigkill_is_a_crash_not_a_time_limit()
    {
        Cgroups();
        var run = await Grade("import os, signal\ndef double(x):\n    os.kill(os.getpid(), signal.SIGKILL)\n", Roomy);
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("crashed", run.Cases[0].Error);
    }

    private static void ResetPeak(string memoryParent)
    {
        // v1 resets the high-water mark on any write; v2's memory.peak counts from the folder's creation.
        var file = Path.Combine(memoryParent, "memory.max_usage_in_bytes");
        if (File.Exists(file)) File.WriteAllText(file, "0");
    }

    private static long Peak(string memoryParent) =>
        ReadNumber(Path.Combine(memoryParent, "memory.max_usage_in_bytes")) ?? ReadNumber(Path.Combine(memoryParent, "memory.peak"))
        ?? throw new InvalidOperationException($"no memory peak in {memoryParent}");

    private static long? ReadNumber(string file)
    {
        try { return long.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture); }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException) { return null; }
    }
}
