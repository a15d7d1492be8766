using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>
/// The graph-clone checker judges structure, not values: the harness numbers an answer's nodes by
/// object identity, so a clone that slips in a second object with a value the original gives one
/// node is refused, as it should be, with the reason in words.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class GraphCloneIdentityTests(SandboxFixture sandbox)
{
    private static PyList Ints(params int[] values) => new(values.Select(v => (PyValue)new PyInt(v)).ToList());

    private static readonly PyList Square = new([Ints(2, 4), Ints(1, 3), Ints(2, 4), Ints(1, 3)]);

    private const string DeepCopy = """
        def clone(node):
            if node is None:
                return None
            copies = {node: Node(node.val)}
            queue = [node]
            for original in queue:
                for other in original.neighbors:
                    if other not in copies:
                        copies[other] = Node(other.val)
                        queue.append(other)
                    copies[original].neighbors.append(copies[other])
            return copies[node]
        """;

    [Fact]
    public async Task A_clone_with_a_fresh_duplicate_in_place_of_a_neighbour_fails()
    {
        var challenge = TestChallenges.Function("clone", "Node | None", "Node | None", "graph-clone", null, ("square", false, [Square], Square));
        Assert.Equal(Verdict.Accepted, (await sandbox.Grader.GradeAsync(challenge, DeepCopy)).Verdict);

        // Every value is right and nothing is shared with the input, but node 1's first neighbour
        // is a new Node(2) with no neighbours instead of the copy of node 2.
        var swapped = DeepCopy.Replace("    return copies[node]",
            "    start = copies[node]\n    start.neighbors[0] = Node(start.neighbors[0].val)\n    return start");
        var run = await sandbox.Grader.GradeAsync(challenge, swapped);

        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.Equal("the clone has 5 nodes, the original 4: node 2 appears as two different objects", run.Cases[0].Error);
        var answer = Assert.IsType<PyGraph>(run.Cases[0].Actual);
        Assert.Equal(5, answer.Adjacency.Count);
        Assert.False(answer.SharesInputNodes);
    }

    [Fact]
    public async Task A_clone_returned_from_the_wrong_node_fails_with_the_start_named()
    {
        var challenge = TestChallenges.Function("clone", "Node | None", "Node | None", "graph-clone", null, ("square", false, [Square], Square));
        var run = await sandbox.Grader.GradeAsync(challenge, DeepCopy.Replace("    return copies[node]", "    return copies[node.neighbors[0]]"));
        Assert.Equal(Verdict.WrongAnswer, run.Verdict);
        Assert.Equal("the clone starts at node 2; it should be the copy of node 1", run.Cases[0].Error);
    }
}
