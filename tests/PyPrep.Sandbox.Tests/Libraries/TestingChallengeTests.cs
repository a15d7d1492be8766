using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Libraries;

/// <summary>
/// Testing challenges: the candidate's test module runs in the real sandbox against the correct
/// implementation and each mutant; the host decides which mutants survived.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class TestingChallengeTests(SandboxFixture sandbox)
{
    private const string Correct = "def clamp(x, lo, hi):\n    if lo > hi:\n        raise ValueError('lo > hi')\n    return max(lo, min(x, hi))\n";
    private const string UpperBound = "def clamp(x, lo, hi):\n    if lo > hi:\n        raise ValueError('lo > hi')\n    return max(lo, min(x, hi - 1))  # MUTANT-CODE\n";
    private const string NoCheck = "def clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n";

    private static readonly Challenge Clamp = new()
    {
        Slug = "test-clamp",
        Title = "Test clamp",
        Difficulty = Difficulty.Easy,
        Level = Level.Junior,
        Kind = ChallengeKind.Tests,
        Entry = "clamp",
        Signature = new Signature([], TypeSpec.Any),
        Checker = "exact",
        Statement = "",
        Requires = ["pytest"],
        Cases =
        [
            new TestCase("passes-on-correct-implementation", false, [new PyStr(Correct)], new PyStr(MutationCheck.AllPass)),
            new TestCase("catches-upper-bound", true, [new PyStr(UpperBound)], new PyStr(MutationCheck.SomeFail), Fault: "off-by-one at the upper bound"),
            new TestCase("catches-no-check", true, [new PyStr(NoCheck)], new PyStr(MutationCheck.SomeFail), Fault: "lo > hi is not rejected"),
        ],
        Directory = "/nonexistent",
    };

    [Fact]
    public async Task Tests_that_pass_on_the_correct_implementation_and_catch_every_mutant_are_accepted()
    {
        const string tests = """
            import pytest

            @pytest.mark.parametrize("x, expected", [(-1, 0), (5, 5), (10, 10), pytest.param(11, 10, id="above")])
            def test_clamps(x, expected):
                assert clamp(x, 0, 10) == expected

            class TestErrors:
                def test_reversed_bounds(self):
                    with pytest.raises(ValueError):
                        clamp(1, 5, 0)
            """;

        var run = await sandbox.Grader.GradeAsync(Clamp, tests);

        Assert.Equal(Verdict.Accepted, run.Verdict);
        var report = Assert.IsType<PyDict>(run.Cases[0].Actual);
        Assert.Contains(report.Entries, e => e.Key == new PyStr("ran") && e.Value == new PyInt(5));
    }

    [Fact]
    public async Task A_surviving_mutant_is_reported_by_its_fault_without_its_code()
    {
        const string tests = "def test_inside():\n    assert clamp(5, 0, 10) == 5\n\ndef test_top():\n    assert clamp(11, 0, 10) == 10\n";

        var run = await sandbox.Grader.GradeAsync(Clamp, tests);

        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.Equal([Verdict.Accepted, Verdict.Accepted, Verdict.WrongAnswer], run.Cases.Select(c => c.Status));
        Assert.Equal("your tests did not catch: lo > hi is not rejected", run.Cases[2].Error);
        Assert.All(run.Cases, c => Assert.DoesNotContain("MUTANT-CODE", (c.Error ?? "") + c.Input + c.Actual?.ToPython()));
    }

    [Fact]
    public async Task A_test_that_fails_on_the_correct_implementation_is_named_with_its_line()
    {
        const string tests = "def test_wrong_expectation():\n    assert clamp(11, 0, 10) == 11\n";

        var run = await sandbox.Grader.GradeAsync(Clamp, tests);

        Assert.Equal(Verdict.WrongAnswer, run.Cases[0].Status);
        Assert.Equal("1 of your 1 tests fail on the correct implementation: test_wrong_expectation: AssertionError (line 2)", run.Cases[0].Error);
    }

    [Fact]
    public async Task A_module_without_tests_catches_nothing()
    {
        var run = await sandbox.Grader.GradeAsync(Clamp, "def helper():\n    return clamp(1, 0, 2)\n");

        Assert.All(run.Cases, c => Assert.Equal(Verdict.WrongAnswer, c.Status));
        Assert.StartsWith("no tests ran", run.Cases[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_implementation_gets_a_fresh_copy_of_the_test_module()
    {
        // Passes only on the first run it sees: with state shared between runs it would pass on the
        // correct implementation (run first) and "catch" every mutant.
        const string tests = "RUNS = []\n\ndef test_first_run_only():\n    RUNS.append(1)\n    assert len(RUNS) == 1\n";

        var run = await sandbox.Grader.GradeAsync(Clamp, tests);

        Assert.Equal([Verdict.Accepted, Verdict.WrongAnswer, Verdict.WrongAnswer], run.Cases.Select(c => c.Status));
    }
}
