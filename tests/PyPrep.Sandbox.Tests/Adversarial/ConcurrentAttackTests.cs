using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>While attacks run in other slots, honest submissions keep their correct verdicts.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ConcurrentAttackTests(SandboxFixture sandbox)
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
            "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\ndef double(x):\n    while True:\n        pass\n",
        ];
        var storm = attacks.Select(code => sandbox.Grader.GradeAsync(TestChallenges.Double(limits), code)).ToList();

        var honest = new List<GradingRun>();
        for (var i = 0; i < 3; i++)
        {
            honest.Add(await sandbox.Grader.GradeAsync(TestChallenges.Double(), $"def double(x):\n    return x * 2  # {i}\n"));
            honest.Add(await sandbox.Grader.GradeAsync(TestChallenges.Double(), $"def double(x):\n    return x * 3  # {i}\n"));
        }

        Assert.All(honest.Where((_, i) => i % 2 == 0), run => Assert.Equal(Verdict.Accepted, run.Verdict));
        Assert.All(honest.Where((_, i) => i % 2 == 1), run => Assert.Equal(Verdict.WrongAnswer, run.Verdict));
        Assert.All(await Task.WhenAll(storm), run => Assert.NotEqual(Verdict.Accepted, run.Verdict));
    }
}
