using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>The answer is a list whose order does not matter (two-sum indices, a set of results).</summary>
public sealed class UnorderedChecker : IChecker
{
    public string Name => "unordered";

    public CheckOutcome Check(PyValue expected, PyValue actual) => UnorderedComparison.Check(expected, actual, depth: 1);
}
