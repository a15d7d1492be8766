namespace PyPrep.Core.Values;

/// <summary>
/// A graph of <c>Node(val, neighbors)</c> objects as an adjacency list: entry i lists the values of
/// the neighbours of the node whose value is i + 1. <see cref="SharesInputNodes"/> says whether any
/// node of the answer is an object from the input (a clone must share none).
/// </summary>
public sealed record PyGraph(IReadOnlyList<IReadOnlyList<int>> Adjacency, bool SharesInputNodes = false) : PyValue
{
    public override string TypeName => "Node";

    public override string ToPython() =>
        Adjacency.Count == 0 ? "None" : "[" + string.Join(", ", Adjacency.Select(a => "[" + string.Join(", ", a) + "]")) + "]";
}
