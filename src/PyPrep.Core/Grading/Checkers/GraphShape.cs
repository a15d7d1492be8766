using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// Compares two graphs node by node: the nodes reachable from each graph's first node are matched
/// by value, and each must have the same neighbours (in any order). Node objects are told apart by
/// identity, so a second object carrying a value the original gives one node is a difference.
/// </summary>
public static class GraphShape
{
    /// <summary>Null when the graphs have the same structure; otherwise why they differ, in words for the candidate.</summary>
    public static string? Difference(PyGraph expected, PyGraph actual)
    {
        var want = Reachable(expected);
        var got = Reachable(actual);
        var sizes = got.Count == want.Count ? null : $"the clone has {got.Count} nodes, the original {want.Count}";

        var gotByValue = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in got)
        {
            if (!gotByValue.TryAdd(Key(actual, number), number))
                return Join(sizes, $"node {actual.ValueOf(number).ToPython()} appears as two different objects");
        }
        var wantByValue = want.ToDictionary(n => Key(expected, n), n => n, StringComparer.Ordinal);
        if (wantByValue.Count < want.Count)
            return "the original graph repeats a value, so it cannot be compared by value";

        foreach (var number in want)
        {
            if (!gotByValue.ContainsKey(Key(expected, number)))
                return Join(sizes, $"node {expected.ValueOf(number).ToPython()} is missing from the clone");
        }
        foreach (var number in got)
        {
            if (!wantByValue.ContainsKey(Key(actual, number)))
                return Join(sizes, $"node {actual.ValueOf(number).ToPython()} is not in the original");
        }
        if (Key(expected, 1) != Key(actual, 1))
            return $"the clone starts at node {actual.ValueOf(1).ToPython()}; it should be the copy of node {expected.ValueOf(1).ToPython()}";

        foreach (var number in want)
        {
            var wantNeighbours = Neighbours(expected, number);
            var gotNeighbours = Neighbours(actual, gotByValue[Key(expected, number)]);
            if (!wantNeighbours.Select(n => n.Key).SequenceEqual(gotNeighbours.Select(n => n.Key), StringComparer.Ordinal))
                return $"node {expected.ValueOf(number).ToPython()} has neighbours {Show(gotNeighbours)}, the original {Show(wantNeighbours)}";
        }
        return null;
    }

    /// <summary>Node numbers reachable from node 1, breadth first (all of them for an answer the harness sent).</summary>
    private static List<int> Reachable(PyGraph graph)
    {
        var order = new List<int>();
        if (graph.Adjacency.Count == 0) return order;
        var seen = new HashSet<int> { 1 };
        order.Add(1);
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var next in graph.Adjacency[order[i] - 1])
            {
                if (next >= 1 && next <= graph.Adjacency.Count && seen.Add(next)) order.Add(next);
            }
        }
        return order;
    }

    private static string Key(PyGraph graph, int number) => ValueComparer.Canonical(graph.ValueOf(number));

    private static List<(string Key, PyValue Value)> Neighbours(PyGraph graph, int number) =>
        graph.Adjacency[number - 1].Select(n => (Key(graph, n), graph.ValueOf(n))).OrderBy(n => n.Item1, StringComparer.Ordinal).ToList();

    private static string Show(List<(string Key, PyValue Value)> neighbours) =>
        "[" + string.Join(", ", neighbours.Select(n => n.Value.ToPython())) + "]";

    private static string Join(string? sizes, string detail) => sizes is null ? detail : $"{sizes}: {detail}";
}
