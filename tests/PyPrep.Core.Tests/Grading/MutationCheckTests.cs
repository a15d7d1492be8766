using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading;

/// <summary>How a testing challenge's case is judged from the harness's test-run report.</summary>
public sealed class MutationCheckTests
{
    private static readonly TestCase Correct = new("passes-on-correct-implementation", false, [new PyStr("def f(): ...")],
        new PyStr(MutationCheck.AllPass), Description: "your tests, run against the correct implementation");

    private static readonly TestCase Mutant = new("catches-upper", true, [new PyStr("def f(): return 1  # SECRET")],
        new PyStr(MutationCheck.SomeFail), Description: "a faulty implementation", Fault: "off-by-one at the upper bound");

    private static PyDict Report(int ran, params (string Test, string Error)[] failed) => new(
    [
        new(new PyStr("ran"), new PyInt(ran)),
        new(new PyStr("failed"), new PyList(failed.Select(f => (PyValue)new PyList([new PyStr(f.Test), new PyStr(f.Error)])).ToList())),
    ]);

    [Fact]
    public void All_tests_passing_on_the_correct_implementation_passes()
    {
        Assert.True(MutationCheck.Check(Correct, Report(4)).Passed);
    }

    [Fact]
    public void A_test_failing_on_the_correct_implementation_is_named_with_its_error()
    {
        var outcome = MutationCheck.Check(Correct, Report(4, ("test_edges[11-10]", "AssertionError (line 9)")));
        Assert.False(outcome.Passed);
        Assert.Equal("1 of your 4 tests fail on the correct implementation: test_edges[11-10]: AssertionError (line 9)", outcome.Reason);
    }

    [Fact]
    public void A_mutant_is_caught_when_any_test_fails()
    {
        Assert.True(MutationCheck.Check(Mutant, Report(3, ("test_upper", "AssertionError"))).Passed);
    }

    [Fact]
    public void A_surviving_mutant_is_named_by_its_fault_never_by_its_code()
    {
        var outcome = MutationCheck.Check(Mutant, Report(3));
        Assert.False(outcome.Passed);
        Assert.Equal("your tests did not catch: off-by-one at the upper bound", outcome.Reason);
        Assert.DoesNotContain("SECRET", outcome.Reason);
    }

    [Fact]
    public void A_module_without_tests_fails_even_on_the_correct_implementation()
    {
        var outcome = MutationCheck.Check(Correct, Report(0));
        Assert.False(outcome.Passed);
        Assert.StartsWith("no tests ran", outcome.Reason);
    }

    [Fact]
    public void A_report_of_another_shape_fails()
    {
        Assert.False(MutationCheck.Check(Mutant, new PyInt(1)).Passed);
        Assert.False(MutationCheck.Check(Mutant, new PyDict([new(new PyStr("failed"), new PyList([new PyInt(1)]))])).Passed);
    }
}
