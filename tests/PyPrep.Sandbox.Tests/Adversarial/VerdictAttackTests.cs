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
        // The same search finds a control value the code plants itself (as bytes in a dict, as a
        // str in a frame), so "nothing" for the expected value means absent, not unsearched.
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Probe(), """
            import gc, inspect, sys
            PLANTED = {'key': ('planted-' + 'control-7a1').encode()}
            PLANTED_BYTES = bytearray(b'planted-' + b'control-7a1')
            def probe(x):
                local_control = 'planted-' + 'control-7a1' + '-local'
                # Built at run time, so the search terms themselves are the only copies this code makes.
                needles = {'expected': '9c1f4e0b-' + 'never', 'control': 'planted-' + 'control-7a1'}
                terms = {name: (text, text.encode()) for name, text in needles.items()}
                own = {id(v) for pair in terms.values() for v in pair} | {id(v) for v in needles.values()}
                def hits(value):
                    if id(value) in own:
                        return []
                    if type(value) is str:
                        return [name for name, (text, _) in terms.items() if text in value]
                    if type(value) in (bytes, bytearray):
                        return [name for name, (_, data) in terms.items() if data in value]
                    return []
                found = {name: set() for name in needles}
                def note(where, values):
                    for value in values:
                        for name in hits(value):
                            found[name].add(where)
                for obj in gc.get_objects():
                    if isinstance(obj, dict):
                        note('heap', list(obj.values()) + list(obj.keys()))
                    elif isinstance(obj, (list, tuple, set, frozenset)):
                        note('heap', list(obj))
                    else:
                        note('heap', [obj])
                frame = sys._getframe()
                while frame:
                    note('frame', list(frame.f_locals.values()))
                    frame = frame.f_back
                for info in inspect.stack():
                    note('stack', list(info.frame.f_globals.values()))
                return ' '.join(f"{name}={','.join(sorted(places)) or 'nothing'}" for name, places in found.items())
            """);
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        var observed = ((PyStr)run.Cases[0].Actual!).Value;
        var places = observed.Split(' ').Select(part => part.Split('=')).ToDictionary(part => part[0], part => part[1].Split(','));
        Assert.Equal(["nothing"], places["expected"]);
        Assert.Superset(new HashSet<string> { "heap", "frame", "stack" }, places["control"].ToHashSet());
    }

    /// <summary>
    /// Each attack beside its control: the same code returning the plain built-in value, which the
    /// same challenge accepts. Only the rigging makes the attack a wrong answer.
    /// </summary>
    [Theory]
    [InlineData("class Always:\n    def __eq__(self, other):\n        return True\n    __hash__ = object.__hash__\n\ndef double(x):\n    return Always()\n",
        "def double(x):\n    return x * 2\n", false)]
    [InlineData("class Sneaky(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n\ndef double(x):\n    return Sneaky(x * 2)\n",
        "Sneaky = int\n\ndef double(x):\n    return Sneaky(x * 2)\n", false)]
    [InlineData("class Text(str):\n    pass\n\ndef double_text(x):\n    return Text(str(x * 2))\n",
        "Text = str\n\ndef double_text(x):\n    return Text(str(x * 2))\n", true)]
    public async Task Rigged_objects_and_subclasses_of_builtins_are_wrong_answers(string attack, string control, bool text)
    {
        var challenge = text ? TestChallenges.DoubleText() : TestChallenges.Double();
        Assert.Equal(Verdict.Accepted, (await sandbox.Grader.GradeAsync(challenge, control)).Verdict);
        var run = await sandbox.Grader.GradeAsync(challenge, attack);
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

    [Theory]
    [InlineData("raise SystemExit(0)")]
    [InlineData("sys.exit(0)")]
    [InlineData("raise KeyboardInterrupt")]
    public async Task Raising_SystemExit_or_KeyboardInterrupt_fails_that_case_and_the_others_still_run(string statement)
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(),
            $"import sys\ndef double(x):\n    if x == 2:\n        print('{{\"t\":\"case\",\"i\":1,\"ok\":true,\"value\":4}}')\n        {statement}\n    return x * 2\n");
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.True(run.Cases[0].Passed);
        Assert.Equal(Verdict.RuntimeError, run.Cases[1].Status);
        Assert.True(run.Cases[2].Passed, "the case after it still ran");
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
