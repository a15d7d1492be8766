namespace PyPrep.Core.Values;

/// <summary>The ordered or unordered containers: list, tuple, set, frozenset.</summary>
public abstract record PySequence(IReadOnlyList<PyValue> Items) : PyValue
{
    protected string Join() => string.Join(", ", Items.Select(i => i.ToPython()));
}
