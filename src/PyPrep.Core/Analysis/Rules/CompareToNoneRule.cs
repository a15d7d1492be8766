namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>x == None</c>: None is a singleton, test it with <c>is None</c>.</summary>
internal sealed class CompareToNoneRule : IStyleRule
{
    public string Id => "compare-to-none";
    public string Why => "None is a singleton, so PEP 8 tests it with `is None`; `== None` can be fooled by a custom __eq__ and marks the code as un-Pythonic.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var compare in context.OfType("Compare"))
        {
            if (compare.Nodes("ops") is not [{ Type: "Eq" or "NotEq" } op] || compare.Nodes("comparators") is not [var right]) continue;
            var left = compare.Node("left")!;
            if (!PyAst.IsNone(left) && !PyAst.IsNone(right)) continue;
            if (PyAst.IsNone(left) && PyAst.IsNone(right)) continue;
            if (compare.Ancestors().Any(a => a.Type == "Subscript")) continue; // pandas masks need ==
            var subject = context.Text(PyAst.IsNone(left) ? right : left);
            var test = op.Type == "Eq" ? "is None" : "is not None";
            yield return context.At(this, compare, context.Source.Rewrite(compare, $"{subject} {test}"));
        }
    }
}
