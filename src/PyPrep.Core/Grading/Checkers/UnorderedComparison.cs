using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>Shared by the unordered checkers: compare lists sorted into canonical order down to a depth.</summary>
internal static class UnorderedComparison
{
    public static CheckOutcome Check(PyValue expected, PyValue actual, int depth)
    {
        if (expected is not PyList || actual is not (PyList or PyTuple))
            return new ExactChecker().Check(expected, actual);
        if (!ListsAllTheWay(actual, depth)) return CheckOutcome.Fail($"expected a list{(depth > 1 ? " of lists" : "")}");
        var equal = ValueComparer.Canonical(expected, depth) == ValueComparer.Canonical(actual, depth);
        if (!equal) return CheckOutcome.Differ(ValueDifference.Unordered(((PySequence)expected).Items, ((PySequence)actual).Items, depth));
        var note = ValueComparer.ContainsTuple(actual) && !ValueComparer.ContainsTuple(expected) ? ValueComparer.TupleNote : null;
        return new CheckOutcome(true, note);
    }

    private static bool ListsAllTheWay(PyValue value, int depth) =>
        depth == 0 || (value is PyList or PyTuple && ((PySequence)value).Items.All(i => ListsAllTheWay(i, depth - 1)));
}
