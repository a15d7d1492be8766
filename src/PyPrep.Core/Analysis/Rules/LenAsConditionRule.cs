namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>if len(x) == 0</c>, <c>if len(x) &gt; 0</c>, <c>if not len(x)</c>: empty containers are false.</summary>
internal sealed class LenAsConditionRule : IStyleRule
{
    public string Id => "len-as-condition";
    public string Why => "Empty containers are false in Python, so `if not items:` says \"is it empty?\" directly; PEP 8 recommends it over measuring the length.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var node in context.Nodes)
        {
            if (!PyAst.IsTruthContext(node)) continue;
            if (LenArgument(node) is { } bare)
            {
                yield return context.At(this, node, context.Source.Rewrite(node, context.Text(bare)));
                continue;
            }
            if (node.Type != "Compare" || node.Nodes("ops") is not [var op] || node.Nodes("comparators") is not [var right]) continue;
            var left = node.Node("left")!;
            bool? nonEmpty = (LenArgument(left), PyAst.IntValue(right), LenArgument(right), PyAst.IntValue(left)) switch
            {
                ({ }, 0, _, _) => op.Type switch { "Eq" or "LtE" => false, "NotEq" or "Gt" => true, _ => null },
                ({ }, 1, _, _) => op.Type switch { "Lt" => false, "GtE" => true, _ => null },
                (_, _, { }, 0) => op.Type switch { "Eq" or "GtE" => false, "NotEq" or "Lt" => true, _ => null },
                (_, _, { }, 1) => op.Type switch { "Gt" => false, "LtE" => true, _ => null },
                _ => null,
            };
            if (nonEmpty is not { } positive) continue;
            var subject = context.Text(LenArgument(left) ?? LenArgument(right)!);
            var text = positive ? subject : $"not {subject}";
            // `not (len(x) == 0)` keeps its parentheses around the rewrite.
            yield return context.At(this, node, context.Source.Rewrite(node, text));
        }
    }

    private static PyNode? LenArgument(PyNode node) =>
        PyAst.IsCallTo(node, "len") && PyAst.Args(node) is [var argument] && !PyAst.HasKeywords(node) && argument.Type != "Starred" ? argument : null;
}
