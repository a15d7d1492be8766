namespace PyPrep.Core.Analysis.Rules;

/// <summary>A loop whose only job is <c>result.append(f(x))</c> (maybe under an <c>if</c>): a list comprehension.</summary>
internal sealed class AppendInLoopRule : IStyleRule
{
    public string Id => "append-in-loop";
    public string Why => "A loop whose only job is to append builds a list in four lines that a comprehension states in one; interviewers read comprehensions as fluency.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var loop in context.OfType("For"))
        {
            if (loop.Parent is { Type: "For" }) continue; // the outer loop is the one to rewrite
            var clauses = new List<string>();
            if (Collect(context, loop, clauses) is not { } append) continue;
            var list = PyAst.Receiver(append)!.Text("id")!;
            var element = PyAst.Args(append)[0];
            if (loop.Walk().Any(n => PyAst.IsName(n, list) && n != PyAst.Receiver(append))) continue;
            if (!CreatedEmptyBefore(loop, list)) continue;
            var text = context.Text(element);
            var suggestion = clauses.Count == 1 && text == context.Text(loop.Node("target")!)
                ? $"{list} = list({context.Text(loop.Node("iter")!)})"
                : $"{list} = [{text} {string.Join(' ', clauses)}]";
            yield return context.At(this, loop, suggestion);
        }
    }

    /// <summary>Walks <c>for</c>/<c>if</c> clauses down to a single <c>name.append(x)</c>; null when the loop does more.</summary>
    private static PyNode? Collect(StyleContext context, PyNode statement, List<string> clauses)
    {
        switch (statement.Type)
        {
            case "For" when statement.Nodes("orelse").Count == 0 && statement.Nodes("body") is [var inner]:
                clauses.Add($"for {context.Text(statement.Node("target")!)} in {context.Text(statement.Node("iter")!)}");
                return Collect(context, inner, clauses);
            case "If" when statement.Nodes("orelse").Count == 0 && statement.Nodes("body") is [var inner] && clauses.Count > 0:
                clauses.Add($"if {context.Text(statement.Node("test")!)}");
                return Collect(context, inner, clauses);
            case "Expr" when clauses.Count > 0 && statement.Node("value") is { } call && PyAst.MethodName(call) == "append"
                && PyAst.Receiver(call) is { Type: "Name" } && PyAst.Args(call).Count == 1 && !PyAst.HasKeywords(call)
                && PyAst.Args(call)[0].Type != "Starred" && !call.Walk().Any(n => n.Type is "Yield" or "YieldFrom" or "Await" or "NamedExpr"):
                return call;
            default:
                return null;
        }
    }

    /// <summary>The list is created empty earlier in the same block and untouched until the loop.</summary>
    private static bool CreatedEmptyBefore(PyNode loop, string list)
    {
        if (PyAst.Siblings(loop) is not var (block, index)) return false;
        for (var i = index - 1; i >= 0; i--)
        {
            var statement = block[i];
            if (statement.Type == "Assign" && statement.Nodes("targets") is [var target] && PyAst.IsName(target, list))
                return PyAst.IsEmptyListLiteral(statement.Node("value"));
            if (statement.Walk().Any(n => PyAst.IsName(n, list))) return false;
        }
        return false;
    }
}
