namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>x == True</c>, <c>x == False</c>: use the condition itself.</summary>
internal sealed class CompareToBoolRule : IStyleRule
{
    public string Id => "compare-to-bool";
    public string Why => "Comparing with True or False restates the condition; `if done:` and `if not done:` read as plain English, which is what PEP 8 and interviewers expect.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var compare in context.OfType("Compare"))
        {
            if (compare.Nodes("ops") is not [{ Type: "Eq" or "NotEq" } op] || compare.Nodes("comparators") is not [var right]) continue;
            var left = compare.Node("left")!;
            var (subject, constant) = PyAst.BoolValue(right) is { } r ? (left, r) : PyAst.BoolValue(left) is { } l ? (right, l) : (null, false);
            if (subject is null || PyAst.BoolValue(subject) is not null) continue;
            if (compare.Ancestors().Any(a => a.Type == "Subscript")) continue; // pandas masks need ==
            var positive = constant == (op.Type == "Eq");
            var text = context.Text(subject);
            if (!positive && subject.Type is "Compare" or "BoolOp" or "IfExp" or "NamedExpr") text = $"({text})";
            yield return context.At(this, compare, context.Source.Rewrite(compare, positive ? text : $"not {text}"));
        }
    }
}
