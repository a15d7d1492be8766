namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>if k in d: v = d[k] else: v = default</c>: <c>d.get(k, default)</c>.</summary>
internal sealed class LbylKeyCheckRule : IStyleRule
{
    public string Id => "lbyl-key-check";
    public string Why => "Checking for a key and then indexing looks the key up twice in four lines; d.get(k, default) does it once and is the idiom interviewers expect.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var statement in context.OfType("If"))
        {
            if (Lookup(context, statement.Node("test")!) is not var (key, dict, present)) continue;
            if (statement.Nodes("body") is not [var yes] || statement.Nodes("orelse") is not [var no]) continue;
            var (hit, miss) = present ? (yes, no) : (no, yes);
            if (hit.Type != miss.Type) continue;
            string? prefix = null;
            PyNode? found = null, fallback = null;
            if (hit.Type == "Return")
            {
                (prefix, found, fallback) = ("return ", hit.Node("value"), miss.Node("value"));
            }
            else if (hit.Type == "Assign" && hit.Nodes("targets") is [var t1] && miss.Nodes("targets") is [var t2] && context.Text(t1) == context.Text(t2))
            {
                (prefix, found, fallback) = ($"{context.Text(t1)} = ", hit.Node("value"), miss.Node("value"));
            }
            if (prefix is null || found is null || fallback is null || !IsEntry(context, found, dict, key) || !IsCheap(fallback)) continue;
            yield return context.At(this, statement, prefix + Get(context, dict, key, fallback));
        }

        // d[k] if k in d else default
        foreach (var choice in context.OfType("IfExp"))
        {
            if (Lookup(context, choice.Node("test")!) is not var (key, dict, present)) continue;
            var (found, fallback) = present ? (choice.Node("body")!, choice.Node("orelse")!) : (choice.Node("orelse")!, choice.Node("body")!);
            if (!IsEntry(context, found, dict, key) || !IsCheap(fallback)) continue;
            yield return context.At(this, choice, context.Source.Rewrite(choice, Get(context, dict, key, fallback)));
        }
    }

    /// <summary><c>k in d</c> (present = true) or <c>k not in d</c>, with d a plain name or attribute.</summary>
    private static (PyNode Key, PyNode Dict, bool Present)? Lookup(StyleContext context, PyNode test) =>
        test.Type == "Compare" && test.Nodes("ops") is [{ Type: "In" or "NotIn" } op] && test.Nodes("comparators") is [{ Type: "Name" or "Attribute" } dict]
            ? (test.Node("left")!, dict, op.Type == "In")
            : null;

    private static bool IsEntry(StyleContext context, PyNode node, PyNode dict, PyNode key) =>
        node.Type == "Subscript" && context.Text(node.Node("value")!) == context.Text(dict) && context.Text(node.Node("slice")!) == context.Text(key);

    /// <summary>get() evaluates its default every time, so only a default without calls keeps the meaning.</summary>
    private static bool IsCheap(PyNode fallback) => !fallback.Walk().Any(n => n.Type is "Call" or "Subscript" or "Await" or "Yield" or "NamedExpr" or "Lambda");

    private static string Get(StyleContext context, PyNode dict, PyNode key, PyNode fallback) =>
        PyAst.IsNone(fallback) ? $"{context.Text(dict)}.get({context.Text(key)})" : $"{context.Text(dict)}.get({context.Text(key)}, {context.Text(fallback)})";
}
