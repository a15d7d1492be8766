using System.Text.Json;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Running;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

/// <summary>The judge on hand-made sandbox outcomes: what each kind of record, or its absence, means.</summary>
public sealed class JudgeTests
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
        Cases =
        [
            new TestCase("a", false, [new PyInt(1)], new PyInt(2)),
            new TestCase("b", true, [new PyInt(2)], new PyInt(4)),
            new TestCase("c", true, [new PyInt(3)], new PyInt(6)),
        ],
    };

    private static HarnessRecord Record(string json, double at)
    {
        var element = JsonDocument.Parse(json).RootElement.Clone();
        return new HarnessRecord(element.GetProperty("t").GetString()!, element, at);
    }

    private static GradingRun Decide(Termination termination, params HarnessRecord[] records) =>
        Judge.Decide(Challenge, Challenge.Cases, new RunOutcome { Records = records, Termination = termination, ElapsedMs = 50 });

    [Fact]
    public void All_cases_right_is_accepted_with_times_never_below_the_host_clock()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":2,"ns":1}""", 3),
            Record("""{"t":"case","i":1,"ok":true,"value":4,"ns":1}""", 4),
            Record("""{"t":"case","i":2,"ok":true,"value":6,"ns":999999999999}""", 8));
        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Equal([2.0, 1.0, 1000000.0], run.Cases.Select(c => c.TimeMs));
    }

    [Fact]
    public void A_missing_record_fails_its_case()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 2));
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Equal(Verdict.RuntimeError, run.Cases[1].Status);
        Assert.Contains("not run", run.Cases[2].Error);
    }

    [Fact]
    public void Only_the_first_record_for_a_case_counts()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":5}""", 2),
            Record("""{"t":"case","i":0,"ok":true,"value":2}""", 2),
            Record("""{"t":"case","i":1,"ok":true,"value":4}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":6}""", 4));
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
    }

    [Theory]
    [InlineData(Termination.CpuLimit, Verdict.TimeLimitExceeded)]
    [InlineData(Termination.WallLimit, Verdict.TimeLimitExceeded)]
    [InlineData(Termination.MemoryLimit, Verdict.MemoryLimitExceeded)]
    [InlineData(Termination.OutputLimit, Verdict.OutputLimitExceeded)]
    [InlineData(Termination.Crashed, Verdict.RuntimeError)]
    public void A_killed_run_fails_the_unanswered_case_with_the_reason(Termination termination, Verdict verdict)
    {
        var run = Decide(termination, Record("""{"t":"loaded"}""", 1), Record("""{"t":"case","i":0,"ok":true,"value":2}""", 2));
        Assert.Equal(verdict, run.Verdict);
        Assert.True(run.Cases[0].Passed);
        Assert.Equal(verdict, run.Cases[1].Status);
    }

    [Theory]
    [InlineData("TimeLimit", Verdict.TimeLimitExceeded)]
    [InlineData("MemoryError", Verdict.MemoryLimitExceeded)]
    [InlineData("OutputLimit", Verdict.OutputLimitExceeded)]
    [InlineData("ZeroDivisionError", Verdict.RuntimeError)]
    [InlineData("SystemExit", Verdict.RuntimeError)]
    public void Case_errors_map_to_statuses(string type, Verdict verdict)
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":false,"error":{"type":"TYPE","message":"m","traceback":""}}""".Replace("TYPE", type), 2),
            Record("""{"t":"case","i":1,"ok":true,"value":4}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":6}""", 4));
        Assert.Equal(verdict, run.Verdict);
        Assert.Equal(2, run.Passed);
    }

    [Fact]
    public void A_syntax_error_fails_every_case_with_its_line()
    {
        var run = Decide(Termination.Exited, Record("""{"t":"syntax_error","line":3,"column":5,"message":"invalid syntax"}""", 1));
        Assert.Equal(Verdict.SyntaxError, run.Verdict);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.SyntaxError, c.Status));
        Assert.Equal("line 3: invalid syntax", run.Error);
    }

    [Fact]
    public void Hidden_cases_never_carry_input_or_expected_value()
    {
        var run = Decide(Termination.Exited,
            Record("""{"t":"loaded"}""", 1),
            Record("""{"t":"case","i":0,"ok":true,"value":3}""", 2),
            Record("""{"t":"case","i":1,"ok":true,"value":3}""", 3),
            Record("""{"t":"case","i":2,"ok":true,"value":3}""", 4));
        Assert.Equal("1", run.Cases[0].Input);
        Assert.Equal("2", run.Cases[0].Expected!.ToPython());
        Assert.All(run.Cases.Where(c => c.Hidden), c => { Assert.Null(c.Input); Assert.Null(c.Expected); });
    }

    [Fact]
    public void A_missing_library_fails_every_case_naming_the_debian_package()
    {
        var run = Decide(Termination.Exited, Record("""{"t":"missing_library","module":"pandas","message":"No module named 'pandas'"}""", 1));
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Equal("pandas", run.MissingLibrary);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.RuntimeError, c.Status));
        Assert.Contains("sudo apt-get install python3-pandas", run.Error);
    }
}
