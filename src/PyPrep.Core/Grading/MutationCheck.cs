using PyPrep.Core.Content;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Core.Grading;

/// <summary>
/// Judges one case of a testing challenge (<see cref="ChallengeKind.Tests"/>). The harness sends
/// back <c>{"ran": n, "failed": [[test, error], ...]}</c> for one implementation; the candidate's
/// tests must all pass on the correct implementation and at least one must fail on each mutant.
/// A surviving mutant is named by the fault it carries, never by its code.
/// </summary>
public static class MutationCheck
{
    /// <summary>The expected value of the case that runs the tests against the correct implementation.</summary>
    public const string AllPass = "all tests pass";
    /// <summary>The expected value of a case that runs them against a mutant.</summary>
    public const string SomeFail = "at least one test fails";

    private const int FailuresShown = 3;

    public static CheckOutcome Check(TestCase testCase, PyValue actual)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (!TryRead(actual, out var ran, out var failed)) return CheckOutcome.Fail("the test run could not be read back");
        if (ran == 0) return CheckOutcome.Fail("no tests ran: name your test functions test_... (or methods of a Test... class)");
        if (testCase.Expected is PyStr { Value: AllPass })
        {
            if (failed.Count == 0) return CheckOutcome.Pass;
            var shown = string.Join("; ", failed.Take(FailuresShown).Select(f => $"{f.Test}: {f.Error}"));
            var more = failed.Count > FailuresShown ? $" (and {failed.Count - FailuresShown} more)" : "";
            return CheckOutcome.Fail($"{failed.Count} of your {ran} tests fail on the correct implementation: {shown}{more}");
        }
        return failed.Count > 0 ? CheckOutcome.Pass : CheckOutcome.Fail($"your tests did not catch: {testCase.Fault ?? testCase.Id}");
    }

    private static bool TryRead(PyValue actual, out int ran, out List<(string Test, string Error)> failed)
    {
        ran = 0;
        failed = [];
        if (actual is not PyDict dict) return false;
        foreach (var (key, value) in dict.Entries)
        {
            switch (key, value)
            {
                case (PyStr { Value: "ran" }, PyInt count):
                    ran = (int)count.Value;
                    break;
                case (PyStr { Value: "failed" }, PyList items):
                    foreach (var item in items.Items)
                    {
                        if (item is not PyList { Items: [PyStr test, PyStr error] }) return false;
                        failed.Add((test.Value, error.Value));
                    }
                    break;
            }
        }
        return true;
    }
}
