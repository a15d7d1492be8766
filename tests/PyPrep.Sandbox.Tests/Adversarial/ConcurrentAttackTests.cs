using System.Diagnostics;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;
using Xunit.Abstractions;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>While attacks run in other slots, honest submissions keep their correct verdicts, in normal time.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ConcurrentAttackTests(SandboxFixture sandbox, ITestOutputHelper output)
{
    [Fact]
    public async Task Honest_submissions_graded_alongside_attacks_keep_their_verdicts()
    {
        var limits = new ResourceLimits { CaseSeconds = 1, CpuSeconds = 3, WallSeconds = 4, MemoryMb = 256 };
        string[] attacks =
        [
            "import os\ndef double(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
            "def double(x):\n    chunks = []\n    while True:\n        chunks.append(b'x' * (50 * 1024 * 1024))\n",
            "import os\ndef double(x):\n    while True:\n        os.write(1, b'x' * 65536)\n",
            "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nsignal.signal(signal.SIGPROF, signal.SIG_IGN)\ndef double(x):\n    while True:\n        pass\n",
        ];
        var stormStarted = Stopwatch.GetTimestamp();
        var storm = attacks.Select(code => sandbox.Grader.GradeAsync(TestChallenges.Double(limits), code)).ToList();

        var honest = new List<(GradingRun Run, Verdict Expected, TimeSpan Took)>();
        for (var i = 0; i < 3; i++)
        {
            honest.Add(await TimedAsync($"def double(x):\n    return x * 2  # {i}\n", Verdict.Accepted));
            honest.Add(await TimedAsync($"def double(x):\n    return x * 3  # {i}\n", Verdict.WrongAnswer));
        }
        var stormRuns = await Task.WhenAll(storm);
        var stormEnded = Stopwatch.GetTimestamp();

        Assert.All(honest, h => Assert.Equal(h.Expected, h.Run.Verdict));
        Assert.All(honest, h => Assert.True(h.Took < BackgroundGrading.Bound, $"an honest submission took {h.Took} beside the attacks"));
        Assert.All(stormRuns, run => Assert.NotEqual(Verdict.Accepted, run.Verdict));

        // The fixture's background grading ran through the storm too, in slots of its own.
        await sandbox.Background.SettleAsync(stormEnded);
        var beside = sandbox.Background.Overlapping(stormStarted, stormEnded);
        var all = sandbox.Background.All;
        output.WriteLine($"background: {beside.Count} gradings beside the storm, {all.Count} so far, slowest {all.Max(g => g.Took.TotalMilliseconds):F0} ms; " +
                         $"honest here: slowest {honest.Max(h => h.Took.TotalMilliseconds):F0} ms");
        Assert.NotEmpty(beside);
        Assert.All(beside, g => Assert.True(g.Right, g.ToString()));
    }

    private async Task<(GradingRun, Verdict, TimeSpan)> TimedAsync(string code, Verdict expected)
    {
        var clock = Stopwatch.StartNew();
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), code);
        return (run, expected, clock.Elapsed);
    }
}
