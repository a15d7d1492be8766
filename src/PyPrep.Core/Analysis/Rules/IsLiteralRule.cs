namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>x is 1</c>, <c>s is "a"</c>, <c>t is ()</c>: identity against a literal; compare values with <c>==</c>.</summary>
internal sealed class IsLiteralRule : IStyleRule
{
    public string Id => "is-literal";
    public string Why => "`is` asks whether two names are the same object, not equal values; against a literal it works or fails by interning accident, a classic interview gotcha.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var compare in context.OfType("Compare"))
        {
            var operands = new[] { compare.Node("left")! }.Concat(compare.Nodes("comparators")).ToList();
            var ops = compare.Nodes("ops");
            if (operands.Count != ops.Count + 1) continue;
            var flagged = Enumerable.Range(0, ops.Count).Where(i => ops[i].Type is "Is" or "IsNot" && (IsLiteral(operands[i]) || IsLiteral(operands[i + 1]))).ToList();
            if (flagged.Count == 0) continue;
            var text = context.Text(operands[0]);
            for (var i = 0; i < ops.Count; i++)
            {
                var op = flagged.Contains(i) ? (ops[i].Type == "Is" ? "==" : "!=") : PyAst.OperatorText(ops[i]);
                text += $" {op} {context.Text(operands[i + 1])}";
            }
            yield return context.At(this, compare, context.Source.Rewrite(compare, text));
        }
    }

    private static bool IsLiteral(PyNode node) =>
        PyAst.ConstantKind(node) is "int" or "float" or "str" or "bytes" or "other"
        || node.Type is "List" or "Tuple" or "Dict" or "Set" or "ListComp" or "DictComp" or "SetComp" or "JoinedStr"
        || (node.Type == "UnaryOp" && PyAst.ConstantKind(node.Node("operand")) is "int" or "float");
}
