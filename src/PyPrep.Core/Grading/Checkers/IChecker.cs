using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>Decides, on the host, whether a value the candidate's code produced answers a case.</summary>
public interface IChecker
{
    /// <summary>The name content files use in <c>checker:</c>.</summary>
    string Name { get; }

    CheckOutcome Check(PyValue expected, PyValue actual);
}
