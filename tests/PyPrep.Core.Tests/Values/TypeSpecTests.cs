using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Values;

public sealed class TypeSpecTests
{
    [Theory]
    [InlineData("list[int]", "list[int]")]
    [InlineData("ListNode | None", "ListNode | None")]
    [InlineData("dict[str, list[int]]", "dict[str, list[int]]")]
    [InlineData("tuple[int, str]", "tuple[int, str]")]
    public void Annotations_parse_and_print(string text, string printed)
    {
        Assert.Equal(printed, TypeSpec.Parse(text).ToString());
    }

    [Fact]
    public void Lists_become_the_declared_container()
    {
        var list = new PyList([new PyInt(1), new PyInt(2)]);
        Assert.IsType<PyTuple>(TypeSpec.Parse("tuple[int, int]").Coerce(list));
        Assert.IsType<PySet>(TypeSpec.Parse("set[int]").Coerce(list));
        Assert.IsType<PyLinkedList>(TypeSpec.Parse("ListNode | None").Coerce(list));
        Assert.IsType<PyFloat>(TypeSpec.Parse("float").Coerce(new PyInt(2)));
        Assert.IsType<PyNone>(TypeSpec.Parse("ListNode | None").Coerce(PyNone.Instance));
    }

    [Fact]
    public void Adjacency_lists_become_graphs()
    {
        var adjacency = new PyList([new PyList([new PyInt(2)]), new PyList([new PyInt(1)])]);
        var graph = Assert.IsType<PyGraph>(TypeSpec.Parse("Node | None").Coerce(adjacency));
        Assert.Equal(2, graph.Adjacency.Count);
    }

    [Fact]
    public void Malformed_annotations_are_refused()
    {
        Assert.Throws<FormatException>(() => TypeSpec.Parse("list[int"));
        Assert.Throws<FormatException>(() => TypeSpec.Parse("[]"));
    }

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
