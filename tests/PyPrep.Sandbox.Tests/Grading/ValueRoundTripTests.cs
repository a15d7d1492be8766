using System.Numerics;
using PyPrep.Core.Grading;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>
/// Every tag of the wire format as an input: the host encodes it, the harness builds the Python
/// value, the candidate's code hands it straight back, and the value the host decodes must equal
/// what it sent, type included (a tuple stays a tuple, 1.0 stays a float, a frozenset stays frozen).
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class ValueRoundTripTests(SandboxFixture sandbox)
{
    private static PyList List(params PyValue[] items) => new(items);
    private static PyInt Int(long value) => new(value);

    private static readonly (string Id, PyValue Value)[] Values =
    [
        ("none", PyNone.Instance),
        ("true", PyBool.True),
        ("false", PyBool.False),
        ("negative-int", Int(-7)),
        ("big-int", new PyInt(BigInteger.Pow(2, 200) + 1)),
        ("big-negative-int", new PyInt(-BigInteger.Pow(10, 40))),
        ("float", new PyFloat(-2.5)),
        ("float-whole", new PyFloat(3)),
        ("float-tiny", new PyFloat(1e-300)),
        ("nan", new PyFloat(double.NaN)),
        ("inf", new PyFloat(double.PositiveInfinity)),
        ("minus-inf", new PyFloat(double.NegativeInfinity)),
        ("unicode", new PyStr("héllo 🐍 中文 ﬁ \u0301 \"quoted\"\n\ttab")),
        ("empty-str", new PyStr("")),
        ("bytes", new PyBytes([0, 255, 10, 34, 92])),
        ("empty-list", List()),
        ("tuple", new PyTuple([Int(1), new PyStr("a"), PyNone.Instance])),
        ("empty-tuple", new PyTuple([])),
        ("set", new PySet([Int(3), Int(-1), new PyStr("x")])),
        ("frozenset", new PySet([Int(3), new PyTuple([Int(1), Int(2)])], Frozen: true)),
        ("dict-int-keys", new PyDict([new(Int(1), new PyStr("one")), new(Int(-2), List(Int(2)))])),
        ("dict-tuple-and-none-keys", new PyDict([new(new PyTuple([Int(1), Int(2)]), PyBool.True), new(PyNone.Instance, new PyFloat(0.5))])),
        ("dict-str-keys", new PyDict([new(new PyStr("ключ"), Int(1))])),
        ("nested", List(new PyDict([new(new PyStr("k"), new PyTuple([new PySet([new PySet([Int(1)], Frozen: true)]), List(new PyBytes([1]))]))]), List(List(List())))),
        ("linked-list", new PyLinkedList([Int(3), new PyStr("b"), Int(-1)])),
        ("graph", new PyGraph([[2, 3], [1], [1]])),
    ];

    [Fact]
    public async Task Every_tag_sent_as_input_comes_back_equal_and_of_the_same_type()
    {
        var values = Values.Select(v => (v.Id, v.Value)).ToList();
        var challenge = TestChallenges.Function("echo", "Any", "Any", "exact", null,
            values.Select(v => (v.Item1, false, new[] { v.Item2 }, v.Item2)).ToArray());

        var run = await sandbox.Grader.GradeAsync(challenge, "def echo(x):\n    return x\n");

        Assert.Equal(values.Count, run.Cases.Count);
        foreach (var ((id, sent), result) in values.Zip(run.Cases))
        {
            Assert.True(result.Passed, $"{id}: {result.Error} (got {result.Actual?.ToPython()})");
            var back = result.Actual;
            Assert.NotNull(back);
            Assert.Equal(sent.GetType(), back.GetType());
            var tupleForList = false;
            Assert.True(ValueComparer.Equal(sent, back, ref tupleForList), $"{id}: sent {sent.ToPython()}, got {back.ToPython()}");
            Assert.False(tupleForList, id);
            Assert.Null(result.Note);
        }
    }

    [Fact]
    public async Task Types_are_rebuilt_as_Python_types_not_look_alikes()
    {
        // The candidate sees real Python objects: type(x).__name__ for each input.
        var values = Values.Select(v => (v.Id, v.Value)).ToList();
        var expectedNames = new Dictionary<string, string>
        {
            ["none"] = "NoneType", ["true"] = "bool", ["big-int"] = "int", ["nan"] = "float", ["unicode"] = "str",
            ["bytes"] = "bytes", ["tuple"] = "tuple", ["set"] = "set", ["frozenset"] = "frozenset",
            ["dict-int-keys"] = "dict", ["linked-list"] = "ListNode", ["graph"] = "Node", ["empty-list"] = "list",
        };
        var picked = values.Where(v => expectedNames.ContainsKey(v.Item1)).ToList();
        var challenge = TestChallenges.Function("kind", "Any", "str", "exact", null,
            picked.Select(v => (v.Item1, false, new[] { v.Item2 }, (PyValue)new PyStr(expectedNames[v.Item1]))).ToArray());

        var run = await sandbox.Grader.GradeAsync(challenge, "def kind(x):\n    return type(x).__name__\n");

        foreach (var ((id, _), result) in picked.Zip(run.Cases))
            Assert.True(result.Passed, $"{id}: got {result.Actual?.ToPython()}");
    }
}
