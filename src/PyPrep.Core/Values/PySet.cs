namespace PyPrep.Core.Values;

/// <summary>A Python <c>set</c> or <c>frozenset</c>; items in no particular order.</summary>
public sealed record PySet(IReadOnlyList<PyValue> Items, bool Frozen = false) : PySequence(Items)
{
    public override string TypeName => Frozen ? "frozenset" : "set";

    public override string ToPython()
    {
        var body = Items.Count == 0 ? "" : $"{{{Join()}}}";
        if (Frozen) return $"frozenset({body})";
        return Items.Count == 0 ? "set()" : body;
    }
}
