namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>t = a; a = b; b = t</c>: tuple unpacking <c>a, b = b, a</c>.</summary>
internal sealed class TempSwapRule : IStyleRule
{
    public string Id => "temp-swap";
    public string Why => "A three-line swap through a temporary is what other languages need; Python swaps in one tuple assignment, and interviewers notice which one you reach for.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var first in context.OfType("Assign"))
        {
            if (Single(first) is not ({ Type: "Name" } temp, var a)) continue;
            if (PyAst.NextStatement(first) is not { } second || Single(second) is not (var a2, var b)) continue;
            if (PyAst.NextStatement(second) is not { } third || Single(third) is not (var b2, var temp2)) continue;
            var (ta, tb) = (context.Text(a), context.Text(b));
            if (ta == tb || context.Text(a2) != ta || context.Text(b2) != tb || context.Text(temp2) != context.Text(temp)) continue;
            if (a.Type is not ("Name" or "Attribute" or "Subscript") || b.Type is not ("Name" or "Attribute" or "Subscript")) continue;
            yield return context.At(this, first, $"{ta}, {tb} = {tb}, {ta}");
        }
    }

    private static (PyNode Target, PyNode Value)? Single(PyNode statement) =>
        statement.Type == "Assign" && statement.Nodes("targets") is [var target] && statement.Node("value") is { } value ? (target, value) : null;
}
