namespace PyPrep.Core.Values;

/// <summary>
/// A graph of <c>Node(val, neighbors)</c> objects as an adjacency list over node numbers: entry i
/// lists the numbers of the neighbours of node i + 1, and node 1 is the node the graph is reached
/// from. <see cref="Values"/> holds each node's <c>val</c>; without it node i carries the value i
/// (the form case files use). The harness numbers an answer's nodes by object identity, in
/// breadth-first order from the returned node, so two objects with one value stay two nodes.
/// <see cref="SharesInputNodes"/> says whether any node of the answer is an object from the input
/// (a clone must share none).
/// </summary>
public sealed record PyGraph(IReadOnlyList<IReadOnlyList<int>> Adjacency, bool SharesInputNodes = false, IReadOnlyList<PyValue>? Values = null) : PyValue
{
    public override string TypeName => "Node";

    /// <summary>The <c>val</c> of node <paramref name="number"/> (1-based).</summary>
    public PyValue ValueOf(int number) => Values is null ? new PyInt(number) : Values[number - 1];

    public override string ToPython()
    {
        if (Adjacency.Count == 0) return "None";
        if (ByValue() is { } byValue) return Literal(byValue);
        // Values repeat or are not 1..n: no adjacency list by value can show it, so list each node
        // object in order with the values of its neighbours.
        return string.Join("; ", Adjacency.Select((row, i) =>
            ValueOf(i + 1).ToPython() + " -> [" + string.Join(", ", row.Select(n => ValueOf(n).ToPython())) + "]"));
    }

    /// <summary>
    /// The adjacency list by value, as case files write it, when the values are exactly 1..n once
    /// each; otherwise null.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>>? ByValue()
    {
        if (Values is null) return Adjacency;
        var count = Adjacency.Count;
        var numberOf = new int[count + 1];
        for (var i = 0; i < count; i++)
        {
            if (Values[i] is not PyInt { Value: var v } || v < 1 || v > count || numberOf[(int)v] != 0) return null;
            numberOf[(int)v] = i + 1;
        }
        return Enumerable.Range(1, count)
            .Select(value => (IReadOnlyList<int>)Adjacency[numberOf[value] - 1].Select(n => (int)((PyInt)Values[n - 1]).Value).ToList())
            .ToList();
    }

    private static string Literal(IReadOnlyList<IReadOnlyList<int>> adjacency) =>
        "[" + string.Join(", ", adjacency.Select(a => "[" + string.Join(", ", a) + "]")) + "]";
}
