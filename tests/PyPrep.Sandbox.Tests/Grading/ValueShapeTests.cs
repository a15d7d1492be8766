using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Grading.Checkers;
using PyPrep.Core.Values;
using PyPrep.Sandbox.Tests.Support;

namespace PyPrep.Sandbox.Tests.Grading;

/// <summary>Values of every shape cross the sandbox boundary and are judged on the host.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ValueShapeTests(SandboxFixture sandbox)
{
    private static PyList Ints(params int[] values) => new(values.Select(v => (PyValue)new PyInt(v)).ToList());

    [Fact]
    public async Task Every_built_in_type_comes_back_as_it_was()
    {
        var expected = TaggedJson.Decode("""[1, "é🐍", null, true, {"$t":"float","v":"nan"}, {"$t":"tuple","v":[1]}, {"$t":"set","v":[2]}, {"$t":"frozenset","v":[3]}, {"$t":"dict","v":[[{"$t":"tuple","v":[1,2]},"x"]]}, {"$t":"bytes","v":"AP8="}, 340282366920938463463374607431768211456]""");
        var challenge = TestChallenges.Function("f", "int", "Any", "exact", null, ("all", false, [new PyInt(0)], expected));
        var run = await sandbox.Grader.GradeAsync(challenge,
            "def f(x):\n    return [1, 'é🐍', None, True, float('nan'), (1,), {2}, frozenset({3}), {(1, 2): 'x'}, b'\\x00\\xff', 2 ** 128]\n");
        Assert.True(run.Cases[0].Passed, run.Cases[0].Error ?? run.Cases[0].Actual?.ToPython());
    }

    [Fact]
    public async Task A_tuple_where_a_list_is_expected_passes_with_a_note()
    {
        var challenge = TestChallenges.Function("f", "list[int]", "list[int]", "exact", null, ("one", false, [Ints(1, 2)], Ints(2, 1)));
        var run = await sandbox.Grader.GradeAsync(challenge, "def f(x):\n    return tuple(reversed(x))\n");
        Assert.Equal(Verdict.Accepted, run.Verdict);
        Assert.Equal(ValueComparer.TupleNote, run.Cases[0].Note);
    }

    [Fact]
    public async Task Linked_lists_are_built_from_lists_and_read_back_with_cycles_guarded()
    {
        var challenge = TestChallenges.Function("reverse", "ListNode | None", "ListNode | None", "exact", null,
            ("three", false, [Ints(1, 2, 3)], Ints(3, 2, 1)),
            ("empty", false, [Ints()], PyNone.Instance));
        var good = await sandbox.Grader.GradeAsync(challenge,
            "def reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n");
        Assert.Equal(Verdict.Accepted, good.Verdict);

        var cyclic = await sandbox.Grader.GradeAsync(challenge, "def reverse(head):\n    if head:\n        head.next.next.next = head\n    return head\n");
        Assert.Equal(Verdict.WrongAnswer, cyclic.Verdict);
        Assert.Equal(0, Assert.IsType<PyLinkedList>(cyclic.Cases[0].Actual).CycleAt);
    }

    [Fact]
    public async Task A_solution_may_define_its_own_list_node()
    {
        var challenge = TestChallenges.Function("first", "ListNode | None", "int", "exact", null, ("one", false, [Ints(7, 8)], new PyInt(7)));
        var run = await sandbox.Grader.GradeAsync(challenge,
            "class ListNode:\n    def __init__(self, val=0, next=None):\n        self.val, self.next = val, next\n\ndef first(head):\n    assert type(head).__module__ == 'solution'\n    return head.val\n");
        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public async Task A_graph_clone_must_not_share_nodes_with_the_input()
    {
        var square = new PyList([Ints(2, 4), Ints(1, 3), Ints(2, 4), Ints(1, 3)]);
        var challenge = TestChallenges.Function("clone", "Node | None", "Node | None", "graph-clone", null, ("square", false, [square], square));
        var deep = await sandbox.Grader.GradeAsync(challenge,
            "def clone(node):\n    copies = {}\n    def walk(n):\n        if n in copies:\n            return copies[n]\n        c = Node(n.val)\n        copies[n] = c\n        c.neighbors = [walk(m) for m in n.neighbors]\n        return c\n    return walk(node) if node else None\n");
        Assert.Equal(Verdict.Accepted, deep.Verdict);
        var same = await sandbox.Grader.GradeAsync(challenge, "def clone(node):\n    return node\n");
        Assert.Equal(Verdict.WrongAnswer, same.Verdict);
        Assert.Contains("reuses node objects", same.Cases[0].Error);
    }

    [Fact]
    public async Task In_place_problems_are_judged_on_the_mutated_argument()
    {
        var challenge = TestChallenges.Function("sort_in_place", "list[int]", "None", "in-place", null, ("one", false, [Ints(3, 1, 2)], Ints(1, 2, 3)));
        Assert.Equal(Verdict.Accepted, (await sandbox.Grader.GradeAsync(challenge, "def sort_in_place(x):\n    x.sort()\n")).Verdict);
        Assert.Equal(Verdict.WrongAnswer, (await sandbox.Grader.GradeAsync(challenge, "def sort_in_place(x):\n    return sorted(x)\n")).Verdict);
    }

    [Fact]
    public async Task Class_problems_run_a_list_of_operations()
    {
        var ops = new PyList([new PyStr("Counter"), new PyStr("add"), new PyStr("add"), new PyStr("total")]);
        var args = new PyList([Ints(10), Ints(1), Ints(2), Ints()]);
        var challenge = new Challenge
        {
            Slug = "counter", Title = "Counter", Difficulty = Difficulty.Easy, Level = Level.Junior,
            Kind = ChallengeKind.Class, Entry = "Counter", Signature = new Signature([], TypeSpec.Any), Checker = "exact",
            Statement = "", Directory = "/nonexistent",
            Cases = [new TestCase("ops", false, [ops, args], new PyList([PyNone.Instance, PyNone.Instance, PyNone.Instance, new PyInt(13)]))],
        };
        var run = await sandbox.Grader.GradeAsync(challenge,
            "class Counter:\n    def __init__(self, start):\n        self.n = start\n    def add(self, k):\n        self.n += k\n    def total(self):\n        return self.n\n");
        Assert.Equal(Verdict.Accepted, run.Verdict);
    }

    [Fact]
    public async Task Behaviour_cases_run_a_trusted_snippet_against_the_module()
    {
        var challenge = new Challenge
        {
            Slug = "deco", Title = "Deco", Difficulty = Difficulty.Easy, Level = Level.Mid,
            Kind = ChallengeKind.Behavior, Entry = "count_calls", Signature = new Signature([], TypeSpec.Any), Checker = "exact",
            Statement = "", Directory = "/nonexistent", Prelude = "def twice(f):\n    f(); f()\n",
            Cases = [new TestCase("counts", false, [], Ints(2), Snippet: "@solution.count_calls\ndef g():\n    pass\ntwice(g)\nresult = [g.calls]\n")],
        };
        var run = await sandbox.Grader.GradeAsync(challenge,
            "import functools\ndef count_calls(f):\n    @functools.wraps(f)\n    def wrapper(*a, **k):\n        wrapper.calls += 1\n        return f(*a, **k)\n    wrapper.calls = 0\n    return wrapper\n");
        Assert.Equal(Verdict.Accepted, run.Verdict);
    }
}
