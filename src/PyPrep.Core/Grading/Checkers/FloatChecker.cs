using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>Floats anywhere in the answer may differ by a relative 1e-6 (ints accepted for floats).</summary>
public sealed class FloatChecker : IChecker
{
    public const double Tolerance = 1e-6;

    public string Name => "float";

    public CheckOutcome Check(PyValue expected, PyValue actual) => ExactChecker.Compare(expected, actual, Tolerance);
}
