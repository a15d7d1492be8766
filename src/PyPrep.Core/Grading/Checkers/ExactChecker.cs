using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>The answer must equal the expected value, strictly typed.</summary>
public sealed class ExactChecker : IChecker
{
    public string Name => "exact";

    public CheckOutcome Check(PyValue expected, PyValue actual) => Compare(expected, actual, tolerance: 0);

    /// <summary>Shared with <see cref="FloatChecker"/>: equal within <paramref name="tolerance"/>, or failed with the first difference.</summary>
    internal static CheckOutcome Compare(PyValue expected, PyValue actual, double tolerance)
    {
        var tupleForList = false;
        var equal = ValueComparer.Equal(expected, actual, ref tupleForList, tolerance);
        var note = tupleForList ? ValueComparer.TupleNote : null;
        if (equal) return new CheckOutcome(true, note);
        // The describer walks the same rules as the comparer; a fallback keeps a failure explained even if they ever disagree.
        var difference = ValueDifference.Describe(expected, actual, tolerance)
                         ?? new ValueDifference.Described($"expected {expected.ToPython()}, got {actual.ToPython()}", "the values differ");
        return CheckOutcome.Differ(difference, note);
    }
}
