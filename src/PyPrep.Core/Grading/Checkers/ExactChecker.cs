using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>The answer must equal the expected value, strictly typed.</summary>
public sealed class ExactChecker : IChecker
{
    public string Name => "exact";

    public CheckOutcome Check(PyValue expected, PyValue actual)
    {
        var tupleForList = false;
        var equal = ValueComparer.Equal(expected, actual, ref tupleForList);
        return new CheckOutcome(equal, tupleForList ? ValueComparer.TupleNote : null);
    }
}
