using System.Numerics;
using PyPrep.Core.Values;

namespace PyPrep.Core.Tests.Values;

public sealed class TaggedJsonTests
{
    public static TheoryData<PyValue> Values() => new()
    {
        PyNone.Instance,
        PyBool.True,
        new PyInt(-42),
        new PyInt(BigInteger.Pow(10, 40)),
        new PyFloat(1.5),
        new PyFloat(double.NaN),
        new PyFloat(double.NegativeInfinity),
        new PyStr("héllo 🐍 \"q\"\n"),
        new PyBytes([0, 255, 10]),
        new PyList([new PyInt(1), new PyList([])]),
        new PyTuple([new PyInt(1), new PyStr("a")]),
        new PySet([new PyInt(3)]),
        new PySet([new PyInt(3)], Frozen: true),
        new PyDict([new(new PyTuple([new PyInt(1)]), new PyStr("x"))]),
        new PyLinkedList([new PyInt(1), new PyInt(2)]),
        new PyGraph([[2], [1]]),
        new PyGraph([[2, 3], [], [1]], SharesInputNodes: true, Values: [new PyInt(1), new PyInt(1), new PyStr("é")]),
        new PyOpaque("Foo", "<Foo>"),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Every_value_survives_the_round_trip(PyValue value)
    {
        var json = TaggedJson.Encode(value)?.ToJsonString() ?? "null";
        var back = TaggedJson.Decode(json);
        Assert.Equal(value.GetType(), back.GetType());
        Assert.Equal(value.ToPython(), back.ToPython());
    }

    [Fact]
    public void Ints_and_floats_stay_apart()
    {
        Assert.IsType<PyInt>(TaggedJson.Decode("1"));
        Assert.IsType<PyFloat>(TaggedJson.Decode("{\"$t\":\"float\",\"v\":\"1.0\"}"));
        Assert.Equal("{\"$t\":\"float\",\"v\":\"1.0\"}", TaggedJson.Encode(new PyFloat(1))!.ToJsonString());
    }

    [Fact]
    public void Linked_list_cycles_are_decoded()
    {
        var value = (PyLinkedList)TaggedJson.Decode("{\"$t\":\"listnode\",\"v\":[1,2,3],\"cycle\":1}");
        Assert.Equal(1, value.CycleAt);
        Assert.Equal("1 -> 2 -> 3 -> (back to node 1)", value.ToPython());
    }

    [Fact]
    public void Unknown_tags_are_refused()
    {
        Assert.Throws<FormatException>(() => TaggedJson.Decode("{\"$t\":\"pickle\",\"v\":\"x\"}"));
    }

    [Theory]
    [InlineData("[1, 'a', None, True]", "[1, 'a', None, True]")]
    [InlineData("1.0", "1.0")]
    [InlineData("()", "()")]
    [InlineData("(1,)", "(1,)")]
    [InlineData("set()", "set()")]
    public void Values_print_as_python_literals(string expected, string _)
    {
        PyValue value = expected switch
        {
            "[1, 'a', None, True]" => new PyList([new PyInt(1), new PyStr("a"), PyNone.Instance, PyBool.True]),
            "1.0" => new PyFloat(1),
            "()" => new PyTuple([]),
            "(1,)" => new PyTuple([new PyInt(1)]),
            _ => new PySet([]),
        };
        Assert.Equal(expected, value.ToPython());
    }
}
