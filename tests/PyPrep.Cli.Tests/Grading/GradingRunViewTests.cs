using PyPrep.Cli.Grading;
using PyPrep.Cli.Tests.Support;
using PyPrep.Core.Grading;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Cli.Tests.Grading;

public sealed class GradingRunViewTests
{
    [Fact]
    public void A_wrong_answer_shows_expected_over_actual_with_the_difference_marked_and_the_reason()
    {
        var output = Render(Failure("grid", new PyList([new PyInt(1), new PyInt(4)]), new PyList([new PyInt(1), new PyInt(5)])));

        Assert.Contains("  expected  [1, 4]\n  actual    [1, 5]\n                ^\n", output);
        Assert.Contains("why       at [1]: expected 4, got 5", output);
    }

    [Fact]
    public void True_for_one_names_the_types()
    {
        var output = Render(Failure("flag", new PyInt(1), new PyBool(true)));
        Assert.Contains("why       int expected, got bool", output);
    }

    [Fact]
    public void A_subclass_of_int_looks_equal_so_the_reason_says_why_it_is_not()
    {
        var output = Render(Failure("count", new PyInt(5), new PyOpaque("MyInt", "5")));

        Assert.Contains("  expected  5\n  actual    5\n", output);
        Assert.Contains("int expected, got a MyInt", output);
        Assert.Contains("return a plain int", output);
    }

    [Fact]
    public void A_long_reason_wraps_under_itself()
    {
        var output = Render(Failure("count", new PyInt(5), new PyOpaque("MyInt", "5")));
        var lines = output.Split('\n');
        var why = Array.FindIndex(lines, l => l.StartsWith("  why", StringComparison.Ordinal));
        Assert.StartsWith(new string(' ', 12), lines[why + 1]);
        Assert.NotEqual("", lines[why + 1].Trim());
    }

    private static CaseResult Failure(string id, PyValue expected, PyValue actual) => new()
    {
        Id = id,
        Hidden = false,
        Status = Verdict.WrongAnswer,
        Input = "x",
        Expected = expected,
        Actual = actual,
        Error = new ExactChecker().Check(expected, actual).Reason,
    };

    private static string Render(CaseResult result)
    {
        var console = new TextConsole(width: 80);
        GradingRunView.Write(console.Console, new GradingRun { Challenge = "demo", Verdict = result.Status, Cases = [result] });
        return console.Output;
    }
}
