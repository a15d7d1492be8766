namespace PyPrep.Core.Values;

/// <summary>A Python <c>list</c>.</summary>
public sealed record PyList(IReadOnlyList<PyValue> Items) : PySequence(Items)
{
    public override string TypeName => "list";
    public override string ToPython() => $"[{Join()}]";
}
