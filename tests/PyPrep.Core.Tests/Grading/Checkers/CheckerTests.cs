using System.Numerics;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Grading.Checkers;

public sealed class CheckerTests
{
    private static PyValue V(string json) => TaggedJson.Decode(json);

    [Theory]
    [InlineData("[0, 1]", "[0, 1]", true)]
    [InlineData("[0, 1]", "[1, 0]", false)]
    [InlineData("1", "true", false)]
    [InlineData("true", "1", false)]
    [InlineData("1", "{\"$t\":\"float\",\"v\":\"1.0\"}", false)]
    [InlineData("null", "\"\"", false)]
    [InlineData("\"a\"", "\"a\"", true)]
    [InlineData("{\"$t\":\"float\",\"v\":\"nan\"}", "{\"$t\":\"float\",\"v\":\"nan\"}", true)]
    [InlineData("{\"$t\":\"set\",\"v\":[1,2]}", "{\"$t\":\"set\",\"v\":[2,1]}", true)]
    [InlineData("{\"$t\":\"dict\",\"v\":[[\"a\",1],[\"b\",2]]}", "{\"$t\":\"dict\",\"v\":[[\"b\",2],[\"a\",1]]}", true)]
    [InlineData("{\"$t\":\"dict\",\"v\":[[1,1]]}", "{\"$t\":\"dict\",\"v\":[[true,1]]}", false)]
    public void Exact_checker_is_strict_about_types(string expected, string actual, bool passes)
    {
        Assert.Equal(passes, new ExactChecker().Check(V(expected), V(actual)).Passed);
    }

    [Fact]
    public void Exact_checker_accepts_a_tuple_for_a_list_with_a_note()
    {
        var outcome = new ExactChecker().Check(V("[1, 2]"), V("{\"$t\":\"tuple\",\"v\":[1,2]}"));
        Assert.True(outcome.Passed);
        Assert.Equal(ValueComparer.TupleNote, outcome.Note);
    }

    [Fact]
    public void Exact_checker_never_accepts_an_opaque_value()
    {
        var rigged = new PyOpaque("AlwaysEqual", "<AlwaysEqual>");
        Assert.False(new ExactChecker().Check(V("[0, 1]"), rigged).Passed);
        Assert.False(new UnorderedChecker().Check(V("[0, 1]"), new PyList([rigged, rigged])).Passed);
    }

    [Fact]
    public void Exact_checker_compares_big_integers_exactly()
    {
        var big = BigInteger.Pow(2, 100);
        Assert.True(new ExactChecker().Check(new PyInt(big), new PyInt(big)).Passed);
        Assert.False(new ExactChecker().Check(new PyInt(big), new PyInt(big + 1)).Passed);
    }

    [Theory]
    [InlineData("[0, 1]", "[1, 0]", true)]
    [InlineData("[0, 1]", "[0, 0]", false)]
    [InlineData("[1, 1, 2]", "[1, 2, 2]", false)]
    [InlineData("[0, 1]", "[0, 1, 2]", false)]
    [InlineData("[0, 1]", "{\"$t\":\"set\",\"v\":[0,1]}", false)]
    public void Unordered_checker_ignores_order_but_counts_duplicates(string expected, string actual, bool passes)
    {
        Assert.Equal(passes, new UnorderedChecker().Check(V(expected), V(actual)).Passed);
    }

    [Theory]
    [InlineData("[[\"eat\",\"tea\"],[\"bat\"]]", "[[\"bat\"],[\"tea\",\"eat\"]]", true)]
    [InlineData("[[\"eat\",\"tea\"],[\"bat\"]]", "[[\"bat\",\"tea\"],[\"eat\"]]", false)]
    [InlineData("[[\"a\"],[\"a\"]]", "[[\"a\",\"a\"]]", false)]
    [InlineData("[[\"a\"]]", "[\"a\"]", false)]
    public void Unordered_nested_checker_ignores_group_order_and_order_within_groups(string expected, string actual, bool passes)
    {
        Assert.Equal(passes, new UnorderedNestedChecker().Check(V(expected), V(actual)).Passed);
    }

    [Theory]
    [InlineData("0.1", "0.1000000001", true)]
    [InlineData("0.1", "0.11", false)]
    [InlineData("1e9", "1000000000.5", true)]
    [InlineData("2.0", "2", true)]
    public void Float_checker_allows_a_relative_tolerance(string expected, string actual, bool passes)
    {
        static PyValue F(string text) => text.Contains('.') || text.Contains('e')
            ? new PyFloat(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture))
            : new PyInt(BigInteger.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(passes, new FloatChecker().Check(F(expected), F(actual)).Passed);
    }

    [Fact]
    public void In_place_checker_compares_the_mutated_argument_exactly()
    {
        Assert.True(new InPlaceChecker().Check(V("[[3,1],[4,2]]"), V("[[3,1],[4,2]]")).Passed);
        Assert.False(new InPlaceChecker().Check(V("[[3,1],[4,2]]"), V("[[1,2],[3,4]]")).Passed);
    }

    [Fact]
    public void Graph_clone_checker_requires_the_same_shape_and_no_shared_nodes()
    {
        var square = new PyGraph([[2, 4], [1, 3], [2, 4], [1, 3]]);
        Assert.True(new GraphCloneChecker().Check(square, new PyGraph([[4, 2], [1, 3], [2, 4], [1, 3]])).Passed);
        var shared = new GraphCloneChecker().Check(square, square with { SharesInputNodes = true });
        Assert.False(shared.Passed);
        Assert.Contains("reuses node objects", shared.Reason);
        Assert.False(new GraphCloneChecker().Check(square, new PyGraph([[2], [1, 3], [2, 4], [1, 3]])).Passed);
        Assert.True(new GraphCloneChecker().Check(PyNone.Instance, PyNone.Instance).Passed);
    }

    private static List<PyValue> Ints(params int[] values) => values.Select(v => (PyValue)new PyInt(v)).ToList();

    [Fact]
    public void Graph_clone_checker_matches_nodes_numbered_by_identity_to_the_original_by_value()
    {
        var square = new PyGraph([[2, 4], [1, 3], [2, 4], [1, 3]]);
        // As the harness sends a faithful clone: numbered 1, 2, 3, 4 in discovery order from the
        // returned node (values 1, 2, 4, 3), each node's value beside it.
        var faithful = new PyGraph([[2, 3], [1, 4], [1, 4], [2, 3]], Values: Ints(1, 2, 4, 3));
        Assert.True(new GraphCloneChecker().Check(square, faithful).Passed);
        Assert.Equal("[[2, 4], [1, 3], [2, 4], [1, 3]]", faithful.ToPython());
    }

    [Fact]
    public void Graph_clone_checker_fails_a_fresh_object_standing_in_for_a_neighbour()
    {
        // Node 1's neighbour 2 swapped for a new Node(2) without neighbours: by value alone the
        // adjacency looked right, but the clone has five node objects where the original has four.
        var square = new PyGraph([[2, 4], [1, 3], [2, 4], [1, 3]]);
        var swapped = new PyGraph([[2, 3], [], [1, 4], [5, 3], [1, 4]], Values: Ints(1, 2, 4, 3, 2));
        var outcome = new GraphCloneChecker().Check(square, swapped);
        Assert.False(outcome.Passed);
        Assert.Equal("the clone has 5 nodes, the original 4: node 2 appears as two different objects", outcome.Reason);
        Assert.Equal("1 -> [2, 4]; 2 -> []; 4 -> [1, 3]; 3 -> [2, 4]; 2 -> [1, 3]", swapped.ToPython());
    }

    [Theory]
    [InlineData(new[] { 1, 2, 2 }, new[] { 2, 3 }, new[] { 1, 3 }, new[] { 1, 2 }, "node 2 appears as two different objects")]
    [InlineData(new[] { 1, 2, 3 }, new[] { 2, 3 }, new[] { 1 }, new[] { 1, 2 }, "node 2 has neighbours [1], the original [1, 3]")]
    [InlineData(new[] { 2, 1, 3 }, new[] { 2, 3 }, new[] { 1, 3 }, new[] { 1, 2 }, "the clone starts at node 2; it should be the copy of node 1")]
    [InlineData(new[] { 1, 2, 4 }, new[] { 2, 3 }, new[] { 1, 3 }, new[] { 1, 2 }, "node 3 is missing from the clone")]
    public void Graph_clone_checker_says_how_a_clone_of_a_triangle_differs(int[] values, int[] first, int[] second, int[] third, string reason)
    {
        var triangle = new PyGraph([[2, 3], [1, 3], [1, 2]]);
        var outcome = new GraphCloneChecker().Check(triangle, new PyGraph([first, second, third], Values: Ints(values)));
        Assert.False(outcome.Passed);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public void Graph_clone_checker_compares_values_strictly()
    {
        var pair = new PyGraph([[2], [1]]);
        var floats = new PyGraph([[2], [1]], Values: [new PyFloat(1), new PyFloat(2)]);
        Assert.False(new GraphCloneChecker().Check(pair, floats).Passed);
        var longer = new GraphCloneChecker().Check(pair, new PyGraph([[2], [1, 3], [2]], Values: Ints(1, 2, 3)));
        Assert.Equal("the clone has 3 nodes, the original 2: node 3 is not in the original", longer.Reason);
    }

    [Fact]
    public void Linked_lists_compare_by_values_and_cycle()
    {
        var list = new PyLinkedList([new PyInt(1), new PyInt(2)]);
        Assert.True(new ExactChecker().Check(list, new PyLinkedList([new PyInt(1), new PyInt(2)])).Passed);
        Assert.False(new ExactChecker().Check(list, new PyLinkedList([new PyInt(1), new PyInt(2)], CycleAt: 0)).Passed);
        Assert.False(new ExactChecker().Check(list, new PyList([new PyInt(1), new PyInt(2)])).Passed);
    }

    [Fact]
    public void Catalog_knows_every_checker_content_may_name()
    {
        Assert.Equal(["exact", "unordered", "unordered-nested", "float", "in-place", "graph-clone"], CheckerCatalog.Names);
    }
}
