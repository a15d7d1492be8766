using System.Text.Json.Nodes;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Adversarial;

/// <summary>Attacks on the verdict itself: the host judges, so there is nothing to fool.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VerdictAttackTests(SandboxFixture sandbox)
{
    [Fact]
    public void The_job_sent_to_the_sandbox_holds_no_expected_value()
    {
        var job = GradingJob.Build(TestChallenges.Probe(), "def probe(x):\n    pass\n", TestChallenges.Probe().Cases).ToJsonString();
        Assert.DoesNotContain(TestChallenges.ExpectedToken, job);
        Assert.DoesNotContain("expected", job, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Searching_frames_and_the_heap_finds_no_expected_value()
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Probe(), """
            import gc, inspect, sys
            def probe(x):
                # Built at run time, so the search term itself is the only copy this code makes.
                needle = '9c1f4e0b-' + 'never'
                def hit(value):
                    return type(value) is str and value is not needle and needle in value
                found = []
                for obj in gc.get_objects():
                    if isinstance(obj, dict):
                        items = list(obj.values()) + list(obj.keys())
                    elif isinstance(obj, (list, tuple, set, frozenset)):
                        items = list(obj)
                    else:
                        items = []
                    found += ['heap' for item in items if hit(item)]
                frame = sys._getframe()
                while frame:
                    found += ['frame' for value in list(frame.f_locals.values()) if hit(value)]
                    frame = frame.f_back
                for info in inspect.stack():
                    found += ['stack' for value in list(info.frame.f_globals.values()) if hit(value)]
                return found[0] if found else 'nothing'
            """);
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.Equal("nothing", ((PyStr)run.Cases[0].Actual!).Value);
    }

    [Theory]
    [InlineData("class Always:\n    def __eq__(self, other):\n        return True\n    __hash__ = object.__hash__\n\ndef double(x):\n    return Always()\n")]
    [InlineData("class Sneaky(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n\ndef double(x):\n    return Sneaky(x * 2)\n")]
    [InlineData("class Text(str):\n    pass\n\ndef double(x):\n    return Text(str(x * 2))\n")]
    public async Task Rigged_objects_and_subclasses_of_builtins_are_wrong_answers(string code)
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), code);
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.WrongAnswer, c.Status));
    }

    [Fact]
    public async Task Printing_a_fake_verdict_and_exiting_fails_that_case()
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), """
            import os, sys
            def double(x):
                if x == 1:
                    print('{"t":"case","i":1,"ok":true,"value":4}')
                    os.write(1, b'{"t":"case","i":0,"ok":true,"value":2}\n{"t":"done"}\n')
                    sys.stdout.flush()
                    os._exit(0)
                return x * 2
            """);
        Assert.Equal(Verdict.RuntimeError, run.Cases[0].Status);
        Assert.True(run.Cases[1].Passed);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public async Task Patching_the_clocks_does_not_change_reported_times()
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), """
            import time
            _sleep = time.sleep
            time.perf_counter = lambda: 0.0
            time.perf_counter_ns = lambda: 0
            time.time = lambda: 0.0
            time.monotonic = lambda: 0.0
            def double(x):
                _sleep(0.3)
                return x * 2
            """);
        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.All(run.Cases, c => Assert.True(c.TimeMs >= 290, $"case {c.Id} reported {c.TimeMs} ms"));
    }
}
