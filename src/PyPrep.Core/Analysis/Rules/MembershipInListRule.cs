namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>x in ys</c> inside a loop where <c>ys</c> is a list the loop never changes: a set.</summary>
internal sealed class MembershipInListRule : IStyleRule
{
    private static readonly HashSet<string> Mutators = ["append", "extend", "insert", "remove", "pop", "clear", "sort", "reverse"];

    public string Id => "membership-in-list";
    public string Why => "Each `in` on a list scans it, so testing membership inside a loop turns O(n) into O(n·m); a set answers in O(1), the complexity point interviewers probe.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var compare in context.OfType("Compare"))
        {
            if (compare.Nodes("ops") is not [{ Type: "In" or "NotIn" }] || compare.Nodes("comparators") is not [{ Type: "Name" } list]) continue;
            if (PyAst.EnclosingLoop(compare) is not { } loop) continue;
            var name = list.Text("id")!;
            var scope = PyAst.Scope(compare);
            var bindings = PyAst.WalkScope(scope).Where(n => n.Type == "Name" && n.Text("id") == name && PyAst.IsStore(n)).ToList();
            if (bindings.Count == 0 || !bindings.All(b => IsListBinding(b, out _))) continue;
            var loopNodes = loop.Walk().ToHashSet();
            if (bindings.Any(loopNodes.Contains) || Mutated(loop, name)) continue;
            IsListBinding(bindings[0], out var value);
            yield return context.At(this, compare, Suggest(context, name, value!));
        }
    }

    private static bool IsListBinding(PyNode name, out PyNode? value)
    {
        value = null;
        if (name.Parent is not { Type: "Assign" } assign || name.Field != "targets") return false;
        value = assign.Node("value");
        return value is { Type: "List" or "ListComp" } || PyAst.CalledName(value) is "list" or "sorted";
    }

    private static bool Mutated(PyNode loop, string name) => loop.Walk().Any(n =>
        (n.Type == "Call" && PyAst.MethodName(n) is { } m && Mutators.Contains(m) && PyAst.IsName(PyAst.Receiver(n), name))
        || (n.Type == "AugAssign" && PyAst.IsName(n.Node("target"), name))
        || (n.Type == "Subscript" && !n.Node("ctx")!.Is("Load") && PyAst.IsName(n.Node("value"), name)));

    private static string Suggest(StyleContext context, string name, PyNode value)
    {
        var text = context.Text(value);
        return value.Type switch
        {
            "List" when value.Nodes("elts").Count > 0 => $"{name} = {{{text[1..^1]}}}",
            "ListComp" => $"{name} = {{{text[1..^1]}}}",
            _ => $"{name}_set = set({name})  # once, before the loop; then test membership in {name}_set",
        };
    }
}
