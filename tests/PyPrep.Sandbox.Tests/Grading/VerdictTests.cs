using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>Every verdict, reached by a real submission in the real sandbox.</summary>
[Collection(SandboxCollection.Name)]
public sealed class VerdictTests(SandboxFixture sandbox)
{
    private Task<GradingRun> Grade(string code, Challenge? challenge = null) =>
        sandbox.Grader.GradeAsync(challenge ?? TestChallenges.Double(), code);

    [Fact]
    public async Task A_correct_solution_is_accepted()
    {
        var run = await Grade("def double(x):\n    return x * 2\n");
        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Equal(3, run.Passed);
        Assert.All(run.Cases, c => Assert.True(c.TimeMs >= 0));
    }

    [Fact]
    public async Task A_wrong_value_is_a_wrong_answer_showing_expected_and_actual()
    {
        var run = await Grade("def double(x):\n    return x + 1\n");
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.True(run.Cases[0].Passed); // 1 + 1 == 2
        Assert.Equal("3", run.Cases[1].Actual?.ToPython());
    }

    [Fact]
    public async Task True_is_not_one_and_floats_are_not_ints()
    {
        Assert.Equal(Verdict.WrongAnswer, (await Grade("def double(x):\n    return float(x * 2)\n")).Verdict);
        var booleans = TestChallenges.Function("f", "int", "int", "exact", null, ("one", false, [new Core.Values.PyInt(1)], new Core.Values.PyInt(1)));
        Assert.Equal(Verdict.WrongAnswer, (await Grade("def f(x):\n    return True\n", booleans)).Verdict);
    }

    [Fact]
    public async Task An_exception_is_a_runtime_error_with_a_traceback_of_the_candidates_lines()
    {
        var run = await Grade("def double(x):\n    if x == 2:\n        return 1 // 0\n    return x * 2\n");
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        var failed = run.Cases[1];
        Assert.StartsWith("ZeroDivisionError: integer division or modulo by zero", failed.Error);
        Assert.Contains("solution.py\", line 3", failed.Error);
        Assert.DoesNotContain("harness.py", failed.Error);
        Assert.True(run.Cases[2].Passed); // the others still run
    }

    [Fact]
    public async Task A_missing_entry_point_says_so()
    {
        var run = await Grade("def triple(x):\n    return x * 3\n");
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("function 'double' is not defined", run.Cases[0].Error);
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_its_line()
    {
        var run = await Grade("def double(x):\n    return x *\n");
        Assert.Equal(Verdict.SyntaxError, run.Verdict);
        Assert.StartsWith("line 2:", run.Error);
        Assert.All(run.Cases, c => Assert.Equal(Verdict.SyntaxError, c.Status));
    }

    [Fact]
    public async Task A_module_that_raises_while_loading_is_a_runtime_error()
    {
        var run = await Grade("import nonexistent_module_xyz\ndef double(x):\n    return x * 2\n");
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.Contains("ModuleNotFoundError", run.Error);
    }

    [Fact]
    public async Task An_endless_case_exceeds_the_time_limit_and_the_others_still_pass()
    {
        var run = await Grade("def double(x):\n    while x == 2:\n        pass\n    return x * 2\n");
        Assert.Equal(Verdict.TimeLimitExceeded, run.Verdict);
        Assert.Equal(Verdict.TimeLimitExceeded, run.Cases[1].Status);
        Assert.True(run.Cases[0].Passed);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public async Task A_huge_allocation_exceeds_the_memory_limit()
    {
        var run = await Grade("def double(x):\n    data = bytearray(10 ** 10)\n    return x * 2\n");
        Assert.Equal(Verdict.MemoryLimitExceeded, run.Verdict);
    }

    [Fact]
    public async Task Printing_without_end_exceeds_the_output_limit()
    {
        var run = await Grade("def double(x):\n    while True:\n        print('spam' * 100)\n");
        Assert.Equal(Verdict.OutputLimitExceeded, run.Verdict);
    }

    [Fact]
    public async Task Printed_output_is_kept_per_case()
    {
        var run = await Grade("def double(x):\n    print('got', x)\n    return x * 2\n");
        Assert.Equal(["got 1\n", "got 2\n", "got 3\n"], run.Cases.Select(c => c.Stdout));
    }

    [Fact]
    public async Task Exiting_in_one_case_fails_that_case_and_the_others_still_run()
    {
        var run = await Grade("import os\ndef double(x):\n    if x == 2:\n        print('accepted')\n        os._exit(0)\n    return x * 2\n");
        Assert.Equal(Verdict.RuntimeError, run.Verdict);
        Assert.True(run.Cases[0].Passed);
        Assert.Equal(Verdict.RuntimeError, run.Cases[1].Status);
        Assert.True(run.Cases[2].Passed);
    }

    [Fact]
    public async Task Run_mode_grades_only_the_visible_cases()
    {
        var run = await sandbox.Grader.GradeAsync(TestChallenges.Double(), "def double(x):\n    return x * 2\n", GradingMode.Run);
        Assert.Equal(1, run.Total);
        Assert.Equal(GradingMode.Run, run.Mode);
    }
}
