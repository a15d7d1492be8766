namespace PyPrep.Core.Values;

/// <summary>
/// A Python value as it crossed the sandbox boundary: only exact built-in types survive the trip
/// (DESIGN.md decision 1), so the host can compare values strictly and show them as Python literals.
/// </summary>
public abstract record PyValue
{
    /// <summary>The Python type name, as a candidate would see it in an error message.</summary>
    public abstract string TypeName { get; }

    /// <summary>The value written as a Python literal (what <c>repr</c> would print).</summary>
    public abstract string ToPython();

    public sealed override string ToString() => ToPython();
}
