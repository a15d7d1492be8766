using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>A list of groups where neither the order of groups nor the order inside a group matters (group anagrams).</summary>
public sealed class UnorderedNestedChecker : IChecker
{
    public string Name => "unordered-nested";

    public CheckOutcome Check(PyValue expected, PyValue actual) => UnorderedComparison.Check(expected, actual, depth: 2);
}
