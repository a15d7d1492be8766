namespace PyPrep.Core.Analysis.Rules;

/// <summary>Building a string with <c>+=</c> in a loop: collect the parts and <c>"".join(...)</c> them.</summary>
internal sealed class StringConcatInLoopRule : IStyleRule
{
    public string Id => "string-concat-in-loop";
    public string Why => "Strings are immutable, so `+=` in a loop may copy the whole string each time (quadratic in the worst case); \"\".join(parts) is the linear idiom interviewers expect.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        var seen = new HashSet<(PyNode, string)>();
        foreach (var node in context.Nodes)
        {
            if (Appended(node) is not { } name) continue;
            if (PyAst.EnclosingLoop(node) is not { Type: "For" or "While" } loop) continue;
            if (!IsStringVariable(PyAst.Scope(node), name)) continue;
            if (!seen.Add((loop, name))) continue;
            yield return context.At(this, node, Suggest(context, node, loop, name));
        }
    }

    /// <summary>The name in <c>s += x</c>, <c>s = s + x</c> or <c>s = x + s</c>, or null.</summary>
    private static string? Appended(PyNode node)
    {
        if (node.Type == "AugAssign" && node.Node("op") is { Type: "Add" } && node.Node("target") is { Type: "Name" } target)
            return target.Text("id");
        if (node.Type == "Assign" && node.Nodes("targets") is [{ Type: "Name" } t] && node.Node("value") is { Type: "BinOp" } sum
            && sum.Node("op") is { Type: "Add" } && (PyAst.IsName(Leftmost(sum), t.Text("id")!) || PyAst.IsName(sum.Node("right"), t.Text("id")!)))
            return t.Text("id");
        return null;
    }

    /// <summary>What <c>s = s + a + b</c> appends: <c>a + b</c>.</summary>
    private static string AfterFirstOperand(StyleContext context, PyNode sum)
    {
        var parts = new List<PyNode>();
        var node = sum;
        while (node.Type == "BinOp" && node.Node("op") is { Type: "Add" })
        {
            parts.Insert(0, node.Node("right")!);
            node = node.Node("left")!;
        }
        return string.Join(" + ", parts.Select(context.Text));
    }

    /// <summary>The first operand of <c>a + b + c</c> (parsed as <c>(a + b) + c</c>).</summary>
    private static PyNode Leftmost(PyNode sum)
    {
        var node = sum;
        while (node.Type == "BinOp" && node.Node("op") is { Type: "Add" }) node = node.Node("left")!;
        return node;
    }

    /// <summary>Every plain assignment of the name in its scope stores a string.</summary>
    private static bool IsStringVariable(PyNode scope, string name)
    {
        var stores = PyAst.WalkScope(scope).Where(n => n.Type == "Name" && n.Text("id") == name && PyAst.IsStore(n)).ToList();
        var initial = stores.Where(n => n.Parent is { Type: "Assign" or "AnnAssign" } a && a.Node("value") is { } v && Appended(a) is null).ToList();
        if (initial.Count == 0 || stores.Any(s => s.Parent?.Type is not ("Assign" or "AnnAssign" or "AugAssign"))) return false;
        return initial.All(n => n.Parent!.Node("value") is { } v && (PyAst.ConstantKind(v) == "str" || v.Type == "JoinedStr"));
    }

    private static string Suggest(StyleContext context, PyNode node, PyNode loop, string name)
    {
        var prepends = node.Type == "Assign" && PyAst.IsName(node.Node("value")!.Node("right"), name);
        string text;
        if (node.Type == "AugAssign") text = context.Text(node.Node("value")!);
        else if (prepends) text = context.Text(node.Node("value")!.Node("left")!);
        else text = AfterFirstOperand(context, node.Node("value")!);
        if (prepends) return $"parts.append({text})  # then {name} = \"\".join(reversed(parts)) after the loop";
        if (loop.Type == "For" && loop.Nodes("orelse").Count == 0 && node.Parent == loop && loop.Nodes("body").Count == 1)
        {
            var target = context.Text(loop.Node("target")!);
            var items = context.Text(loop.Node("iter")!);
            var joined = text == target ? items : $"{text} for {target} in {items}";
            return $"{name} = \"\".join({joined})";
        }
        return $"parts.append({text})  # then {name} = \"\".join(parts) after the loop";
    }
}
