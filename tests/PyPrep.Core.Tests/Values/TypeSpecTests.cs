using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Values;

public sealed class TypeSpecTests
{
    [Fact]
    public void Empty_list_for_an_optional_linked_list_is_None()
    {
        var coerced = TypeSpec.Parse("ListNode | None").Coerce(new PyList([]));

        Assert.Same(PyNone.Instance, coerced);
    }

    [Fact]
    public void Empty_linked_list_expected_matches_a_None_answer()
    {
        var expected = TypeSpec.Parse("ListNode | None").Coerce(new PyList([]));

        Assert.True(new ExactChecker().Check(expected, PyNone.Instance).Passed);
    }

    [Fact]
    public void Non_empty_list_becomes_a_linked_list()
    {
        var coerced = TypeSpec.Parse("ListNode | None").Coerce(new PyList([new PyInt(1), new PyInt(2)]));

        var chain = Assert.IsType<PyLinkedList>(coerced);
        Assert.Equal(2, chain.Items.Count);
    }

    [Fact]
    public void Empty_adjacency_list_for_a_graph_is_None()
    {
        var coerced = TypeSpec.Parse("Node | None").Coerce(new PyList([]));

        Assert.Same(PyNone.Instance, coerced);
    }
}
