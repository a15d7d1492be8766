namespace PyPrep.Core.Values;

/// <summary>A Python <c>dict</c>, keys in insertion order.</summary>
public sealed record PyDict(IReadOnlyList<KeyValuePair<PyValue, PyValue>> Entries) : PyValue
{
    public override string TypeName => "dict";

    public override string ToPython() =>
        "{" + string.Join(", ", Entries.Select(e => $"{e.Key.ToPython()}: {e.Value.ToPython()}")) + "}";
}
