using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// A deep copy of a graph: the same structure (node objects told apart by identity, matched to the
/// original's by value), and not one node object taken from the input.
/// </summary>
public sealed class GraphCloneChecker : IChecker
{
    public string Name => "graph-clone";

    public CheckOutcome Check(PyValue expected, PyValue actual)
    {
        if (expected is PyNone or PyGraph { Adjacency.Count: 0 })
            return actual is PyNone or PyGraph { Adjacency.Count: 0 } ? CheckOutcome.Pass : CheckOutcome.Fail("expected None for an empty graph");
        if (actual is not PyGraph graph) return CheckOutcome.Fail($"expected a Node, got {actual.TypeName}");
        if (graph.SharesInputNodes) return CheckOutcome.Fail("the answer reuses node objects from the input; a clone must create new ones");
        if (expected is not PyGraph original) return CheckOutcome.Fail($"expected a {expected.TypeName}, got a Node");
        return GraphShape.Difference(original, graph) is { } difference ? CheckOutcome.Fail(difference) : CheckOutcome.Pass;
    }
}
