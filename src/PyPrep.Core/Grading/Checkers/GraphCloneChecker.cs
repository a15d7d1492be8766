using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>A deep copy of a graph: the same shape, and not one node object taken from the input.</summary>
public sealed class GraphCloneChecker : IChecker
{
    public string Name => "graph-clone";

    public CheckOutcome Check(PyValue expected, PyValue actual)
    {
        if (expected is PyNone or PyGraph { Adjacency.Count: 0 })
            return actual is PyNone or PyGraph { Adjacency.Count: 0 } ? CheckOutcome.Pass : CheckOutcome.Fail("expected None for an empty graph");
        if (actual is not PyGraph graph) return CheckOutcome.Fail($"expected a Node, got {actual.TypeName}");
        if (graph.SharesInputNodes) return CheckOutcome.Fail("the answer reuses node objects from the input; a clone must create new ones");
        var ignored = false;
        return ValueComparer.Equal(expected, actual, ref ignored) ? CheckOutcome.Pass : CheckOutcome.Fail("the clone's shape differs from the input graph");
    }
}
