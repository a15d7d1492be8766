namespace PyPrep.Core.Values;

/// <summary>A Python <c>tuple</c>.</summary>
public sealed record PyTuple(IReadOnlyList<PyValue> Items) : PySequence(Items)
{
    public override string TypeName => "tuple";
    public override string ToPython() => Items.Count == 1 ? $"({Items[0].ToPython()},)" : $"({Join()})";
}
