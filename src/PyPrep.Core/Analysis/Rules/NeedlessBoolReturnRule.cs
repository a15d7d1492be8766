namespace PyPrep.Core.Analysis.Rules;

/// <summary><c>if cond: return True else: return False</c>: <c>return cond</c>.</summary>
internal sealed class NeedlessBoolReturnRule : IStyleRule
{
    private static readonly Dictionary<string, string> Inverse = new(StringComparer.Ordinal)
    {
        ["Eq"] = "!=", ["NotEq"] = "==", ["Lt"] = ">=", ["LtE"] = ">", ["Gt"] = "<=", ["GtE"] = "<",
        ["Is"] = "is not", ["IsNot"] = "is", ["In"] = "not in", ["NotIn"] = "in",
    };

    public string Id => "needless-bool-return";
    public string Why => "Branching only to return True or False repeats the condition's own value; `return cond` is shorter and shows you think of conditions as values.";

    public IEnumerable<Finding> Check(StyleContext context)
    {
        foreach (var statement in context.OfType("If"))
        {
            if (statement.Nodes("body") is not [var yes] || ReturnedBool(yes) is not { } first) continue;
            var orelse = statement.Nodes("orelse");
            var other = orelse switch
            {
                [var no] => no,
                [] => PyAst.NextStatement(statement),
                _ => null,
            };
            if (other is null || ReturnedBool(other) is not { } second || first == second) continue;
            yield return context.At(this, statement, "return " + Condition(context, statement.Node("test")!, first));
        }

        // True if cond else False
        foreach (var choice in context.OfType("IfExp"))
        {
            if (PyAst.BoolValue(choice.Node("body")) is not { } first || PyAst.BoolValue(choice.Node("orelse")) is not { } second || first == second) continue;
            yield return context.At(this, choice, context.Source.Rewrite(choice, Condition(context, choice.Node("test")!, first)));
        }
    }

    private static bool? ReturnedBool(PyNode statement) => statement.Type == "Return" ? PyAst.BoolValue(statement.Node("value")) : null;

    /// <summary>The test as a bool: itself when it already is one, negated when the branches say so.</summary>
    private static string Condition(StyleContext context, PyNode test, bool whenTrue)
    {
        var text = context.Text(test);
        var isBool = test.Type is "Compare" || (test.Type == "UnaryOp" && test.Node("op") is { Type: "Not" })
            || PyAst.CalledName(test) is "isinstance" or "issubclass" or "any" or "all" or "bool" or "callable" or "hasattr"
            || PyAst.BoolValue(test) is not null
            || (test.Type == "BoolOp" && test.Nodes("values").All(v => v.Type == "Compare" || (v.Type == "UnaryOp" && v.Node("op") is { Type: "Not" })));
        if (whenTrue) return isBool ? text : $"bool({text})";
        if (test.Type == "Compare" && test.Nodes("ops") is [var op] && Inverse.TryGetValue(op.Type, out var inverse))
            return $"{context.Text(test.Node("left")!)} {inverse} {context.Text(test.Nodes("comparators")[0])}";
        if (test.Type == "UnaryOp" && test.Node("op") is { Type: "Not" }) return context.Text(test.Node("operand")!);
        return test.Type is "BoolOp" or "Compare" or "IfExp" or "NamedExpr" or "Lambda" ? $"not ({text})" : $"not {text}";
    }
}
