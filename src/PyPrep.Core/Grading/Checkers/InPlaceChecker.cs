using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// For problems that modify their first argument (rotate a matrix): the harness sends back that
/// argument after the call, and it must equal the expected value exactly.
/// </summary>
public sealed class InPlaceChecker : IChecker
{
    public string Name => "in-place";

    public CheckOutcome Check(PyValue expected, PyValue actual) => new ExactChecker().Check(expected, actual);
}
