namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>type(x) == T</c>: <c>isinstance(x, T)</c>.</summary>
internal sealed class TypeComparisonRule : IStyleRule
{
    public string Id => "type-comparison";
    public string Why => "Comparing type() rejects subclasses and reads as a workaround; isinstance() is the type check PEP 8 and interviewers expect.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var compare in context.OfType("Compare"))
        {
            if (compare.Nodes("ops") is not [var op] || compare.Nodes("comparators") is not [var right]) continue;
            var left = compare.Node("left")!;
            var (call, type) = TypeCall(left) is not null ? (left, right) : TypeCall(right) is not null ? (right, left) : (null, null);
            if (call is null || type is null || TypeCall(type) is not null) continue;
            string types;
            if (op.Type is "Eq" or "NotEq" or "Is" or "IsNot" && type.Type is "Name" or "Attribute")
                types = context.Text(type);
            else if (op.Type is "In" or "NotIn" && call == left && type.Type == "Tuple" && type.Nodes("elts").All(e => e.Type is "Name" or "Attribute"))
                types = context.Text(type);
            else
                continue;
            var check = $"isinstance({context.Text(TypeCall(call)!)}, {types})";
            var negated = op.Type is "NotEq" or "IsNot" or "NotIn";
            yield return context.At(this, compare, context.Source.Rewrite(compare, negated ? "not " + check : check));
        }
    }

    private static PyNode? TypeCall(PyNode node) =>
        PyAst.IsCallTo(node, "type") && PyAst.Args(node) is [var subject] && !PyAst.HasKeywords(node) ? subject : null;
}
