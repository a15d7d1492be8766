using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

/// <summary>
/// The judge on outcomes a submission wrote to: records out of the harness's order, forged load
/// verdicts, disarmed timers. The host's own stamps (clock and CPU time) decide what counts.
/// </summary>
public sealed class JudgeChannelTests
{
    private static readonly Challenge Challenge = new()
    {
        Slug = "sample",
        Title = "Sample",
        Difficulty = Difficulty.Easy,
        Level = Level.Junior,
        Kind = ChallengeKind.Function,
        Entry = "f",
        Signature = new Signature([new Parameter("x", TypeSpec.Parse("int"))], TypeSpec.Parse("int")),
        Checker = "exact",
        Statement = "",
        Directory = "/tmp",
        Limits = new ResourceLimits { CaseSeconds = 0.5 },
        Cases =
        [
            new TestCase("a", false, [new PyInt(1)], new PyInt(2)),
            new TestCase("b", true, [new PyInt(2)], new PyInt(4)),
            new TestCase("c", true, [new PyInt(3)], new PyInt(6)),
        ],
    };

    private static HarnessRecord Record(string json, double at, double? cpu = null)
    {
        var element = JsonDocument.Parse(json).RootElement.Clone();
        return new HarnessRecord(element.GetProperty("t").GetString()!, element, at, cpu);
    }

    private static GradingRun Decide(Termination termination, params HarnessRecord[] records) =>
        Judge.Decide(Challenge, Challenge.Cases, new RunOutcome { Records = records, Termination = termination, ElapsedMs = 500 });

    [Fact]
    public void A_forged_record_for_a_later_case_fails_the_run_from_the_case_that_was_due()
    {
        var run = Decide(Termination.Crashed,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":1}""", 40));
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.True(run.Cases[0].Passed);
        Assert.All(run.Cases.Skip(1), c => Assert.Equal(Verdict.RuntimeError, c.Status));
        Assert.Equal("the results channel was written to by the submission (a record for case 3 when case 2's was due); the run is not trusted from case b",
            run.Cases[1].Error);
        Assert.Equal("the results channel was written to by the submission (a record for case 3 when case 2's was due); the run is not trusted from case b",
            run.Cases[2].Error);
        // The host's clock ran until the forged record came.
        Assert.Equal(37, run.Cases[1].TimeMs);
        Assert.Null(run.FirstUnanswered);
    }

    [Theory]
    [InlineData("""{"t":"missing_library","module":"numpy","message":"No module named 'numpy'"}""")]
    [InlineData("""{"t":"syntax_error","line":1,"column":1,"message":"invalid syntax"}""")]
    [InlineData("""{"t":"load_error","error":{"type":"ValueError","message":"x","traceback":""},"stdout":""}""")]
    public void A_load_verdict_after_the_module_loaded_is_not_the_verdict(string forged)
    {
        var run = Decide(Termination.Crashed, Record("""{"t":"loaded"}""", 1), Record(forged, 2));
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Null(run.MissingLibrary);
        Assert.Null(run.Error);
        Assert.All(run.Cases, c => Assert.Contains("the results channel was written to by the submission", c.Error));
        Assert.Contains("not trusted from case a", run.Cases[0].Error);
    }

    [Fact]
    public void A_load_verdict_written_while_the_module_loaded_is_undone_by_the_real_one()
    {
        // The module wrote "syntax_error" and carried on: the harness's "loaded" then comes out of order.
        var run = Decide(Termination.Crashed,
            Record("""{"t":"syntax_error","line":1,"column":1,"message":"invalid syntax"}""", 1),
            Record("""{"t":"loaded"}""", 2),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 3));
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.RuntimeError, c.Status));
        Assert.Contains("a 'loaded' record after 'syntax_error'", run.Cases[0].Error);
    }

    [Fact]
    public void A_record_after_done_changes_nothing_already_judged()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 2),
            Record("""{"t":"case","i":1,"ok":true,"value":4}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":6}""", 4),
            Record("""{"t":"done"}""", 5),
            Record("""{"t":"case","i":0,"ok":false,"error":{"type":"X","message":"","traceback":""}}""", 6));
        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public void An_unreadable_answer_fails_its_own_case_only()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            new HarnessRecord(HarnessRecord.Unreadable, default, 2),
            Record("""{"t":"case","i":1,"ok":true,"value":4}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":6}""", 4),
            Record("""{"t":"done"}""", 5));
        Assert.Equal(Verdict.RuntimeError, run.Cases[0].Status);
        Assert.Equal("the answer could not be read back", run.Cases[0].Error);
        Assert.True(run.Cases[1].Passed);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public void A_case_the_harness_called_ok_is_over_its_limit_when_the_host_measured_its_cpu_time_past_the_margin()
    {
        // Limit 0.5 s: the host allows 1.5 × 0.5 + 0.25 = 1 s of CPU time between records.
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 10, cpu: 5),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":1}""", 1610, cpu: 1505),
            Record("""{"t":"case","i":1,"ok":true,"value":4,"ns":1}""", 2610, cpu: 2495),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":1}""", 2620, cpu: 2500),
            Record("""{"t":"done"}""", 2630, cpu: 2500));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        Assert.Null(run.Cases[0].Actual);
        Assert.Equal("time limit exceeded: the case used 1.50 s of CPU time, measured outside the sandbox (limit 0.5 s)", run.Cases[0].Error);
        Assert.Equal(1600, run.Cases[0].TimeMs);
        // 0.99 s of CPU time: near the limit's margin, still within it.
        Assert.True(run.Cases[1].Passed);
        Assert.Equal(1000, run.Cases[1].TimeMs);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public void Without_a_host_cpu_stamp_the_harness_cpu_time_still_holds_the_case_to_its_limit()
    {
        // No cgroup, and the interpreter gone before the host read the last chunk: no CPU stamp.
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 10, cpu: 5),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":1510000000,"cpu_ns":1500000000}""", 1530),
            Record("""{"t":"case","i":1,"ok":true,"value":4,"ns":1000,"cpu_ns":1000}""", 1530),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":1000,"cpu_ns":-900000000000}""", 1530),
            Record("""{"t":"done"}""", 1530));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        Assert.Equal("time limit exceeded: the case used 1.50 s of CPU time, measured outside the sandbox (limit 0.5 s)", run.Cases[0].Error);
        Assert.True(run.Cases[1].Passed);
        // A forged negative count lowers nothing.
        Assert.True(run.Cases[2].Passed);
        Assert.Equal(0.001, run.Cases[2].TimeMs);
    }

    [Fact]
    public void A_forged_low_harness_cpu_time_does_not_hide_what_the_host_measured()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 10, cpu: 5),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":1,"cpu_ns":1}""", 1610, cpu: 1505),
            Record("""{"t":"case","i":1,"ok":true,"value":4,"ns":1,"cpu_ns":1}""", 1620, cpu: 1510),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":1,"cpu_ns":1}""", 1630, cpu: 1515),
            Record("""{"t":"done"}""", 1630, cpu: 1515));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        Assert.Equal(1600, run.Cases[0].TimeMs);
    }

    [Fact]
    public void A_case_that_waited_past_the_wall_clock_margin_is_over_its_limit()
    {
        // Limit 0.5 s: the harness's backstops allow 2.5 s for the inputs and 2.5 s for the call; the host, 1 s more.
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 10, cpu: 5),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 6020, cpu: 6),
            Record("""{"t":"case","i":1,"ok":true,"value":4}""", 6030, cpu: 7),
            Record("""{"t":"case","i":2,"ok":true,"value":6}""", 11900, cpu: 8),
            Record("""{"t":"done"}""", 11910, cpu: 8));
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[0].Status);
        Assert.StartsWith("time limit exceeded: the case took 6.01 s", run.Cases[0].Error);
        Assert.True(run.Cases[1].Passed);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public void Reported_times_are_never_below_the_host_cpu_time()
    {
        // Threads can use more CPU time than the clock shows passing.
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 10, cpu: 0),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":1}""", 110, cpu: 300),
            Record("""{"t":"case","i":1,"ok":true,"value":4,"ns":1}""", 120, cpu: null),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":1}""", 130, cpu: 900));
        Assert.Equal([300.0, 10.0, 10.0], run.Cases.Select(c => c.TimeMs));
    }

    [Fact]
    public void Forged_fields_of_the_wrong_type_are_judged_not_thrown()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":"fast"}""", 2),
            Record("""{"t":"case","i":1,"ok":"yes","value":4}""", 3),
            Record("""{"t":"case","i":2,"ok":false,"error":"boom"}""", 4),
            Record("""{"t":"done"}""", 5));
        Assert.True(run.Cases[0].Passed);
        Assert.Equal(Verdict.RuntimeError, run.Cases[1].Status);
        Assert.Equal(Verdict.RuntimeError, run.Cases[2].Status);

        var syntax = Decide(Termination.Exited, Record("""{"t":"syntax_error","line":"one","message":7}""", 1), Record("""{"t":"done"}""", 2));
        Assert.Equal(Verdict.SyntaxError, syntax.Verdict);
    }
}
