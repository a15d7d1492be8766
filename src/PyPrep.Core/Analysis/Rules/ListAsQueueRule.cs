namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>queue.pop(0)</c> or <c>xs.insert(0, x)</c> in a loop: O(n) each time; <c>collections.deque</c>.</summary>
internal sealed class ListAsQueueRule : IStyleRule
{
    private static readonly HashSet<string> NotLists = ["dict", "defaultdict", "Counter", "OrderedDict", "deque"];

    public string Id => "list-as-queue";
    public string Why => "Removing or inserting at the front of a list shifts every element, so a BFS queue built on pop(0) is quadratic; collections.deque does both ends in O(1), a point interviewers check.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var call in context.OfType("Call"))
        {
            var method = PyAst.MethodName(call);
            var front = method switch
            {
                "pop" => PyAst.Args(call) is [var index] && PyAst.IntValue(index) == 0 && PyAst.ConstantKind(index) == "int",
                "insert" => PyAst.Args(call) is [var index, _] && PyAst.IntValue(index) == 0 && PyAst.ConstantKind(index) == "int",
                _ => false,
            };
            if (!front || PyAst.Receiver(call) is not { Type: "Name" } receiver || PyAst.EnclosingLoop(call) is not { Type: "For" or "While" }) continue;
            var name = receiver.Text("id")!;
            if (!IsListLike(PyAst.Scope(call), name)) continue;
            var rewrite = method == "pop" ? $"{name}.popleft()" : $"{name}.appendleft({context.Text(PyAst.Args(call)[1])})";
            yield return context.At(this, call, $"{context.Source.Rewrite(call, rewrite)}  # with {name} = deque(...)");
        }
    }

    /// <summary>False when the name is bound to a dict or deque in its scope (their pop(0) is not a shift).</summary>
    private static bool IsListLike(PyNode scope, string name) => !PyAst.WalkScope(scope).Any(n =>
        n.Type == "Name" && n.Text("id") == name && PyAst.IsStore(n) && n.Parent is { Type: "Assign" } assign
        && assign.Node("value") is { } value
        && (value.Type is "Dict" or "DictComp" || (PyAst.CalledName(value) ?? PyAst.MethodName(value)) is { } f && NotLists.Contains(f)));
}
