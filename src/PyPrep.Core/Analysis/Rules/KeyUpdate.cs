namespace PyPrep.Core.Analysis.Rules;

/// <summary>
/// A dictionary entry created by hand before it is updated: <c>if k not in d: d[k] = []</c>
/// followed by <c>d[k].append(v)</c>, or <c>if k in d: d[k] += 1 else: d[k] = 1</c>. Shared by
/// <c>manual-dict-init</c> and <c>manual-counter</c>.
/// </summary>
internal sealed record KeyUpdate(PyNode Statement, string Dict, string Key, bool Counting, string Factory, PyNode? Use)
{
    /// <summary>Recognises the pattern starting at an <c>if</c> statement, or null.</summary>
    public static KeyUpdate? Match(StyleContext context, PyNode statement)
    {
        if (statement.Type != "If" || statement.Node("test") is not { } condition) return null;
        // `not k in d` is `k not in d` written the long way.
        var negated = condition.Type == "UnaryOp" && condition.Node("op") is { Type: "Not" };
        var test = negated ? condition.Node("operand")! : condition;
        if (test.Type != "Compare" || test.Nodes("ops") is not [{ Type: "In" or "NotIn" } comparison] || test.Nodes("comparators") is not [var dictNode]) return null;
        var absentTest = (comparison.Type == "NotIn") != negated;
        if (dictNode.Type is not ("Name" or "Attribute")) return null;
        var dict = context.Text(dictNode);
        var key = context.Text(test.Node("left")!);
        var body = statement.Nodes("body");
        var orelse = statement.Nodes("orelse");
        if (body.Count != 1) return null;
        var (missing, present) = absentTest ? (body[0], orelse.Count == 1 ? orelse[0] : null) : (orelse.Count == 1 ? orelse[0] : null, body[0]);
        if (missing is null || (absentTest && orelse.Count > 1) || (!absentTest && orelse.Count != 1)) return null;

        // The branch for a missing key must only store a first value under d[k].
        if (missing.Type != "Assign" || missing.Nodes("targets") is not [var target] || !IsEntry(context, target, dict, key)) return null;
        var first = missing.Node("value")!;

        if (present is null)
        {
            // if k not in d: d[k] = INIT, then the next statement updates d[k].
            var next = PyAst.NextStatement(statement);
            if (next is null || !next.Walk().Any(n => IsEntry(context, n, dict, key))) return null;
            if (!IsEmpty(first, out var factory)) return null;
            var counting = factory == "int" && IsIncrementByOne(context, next, dict, key);
            return new KeyUpdate(statement, dict, key, counting, factory, next);
        }

        // if k in d: update d[k] else: d[k] = first value.
        if (!present.Walk().Any(n => IsEntry(context, n, dict, key))) return null;
        if (IsIncrementByOne(context, present, dict, key) && PyAst.IntValue(first) == 1)
            return new KeyUpdate(statement, dict, key, true, "int", present);
        if (present.Type == "AugAssign" && IsEntry(context, present.Node("target")!, dict, key) && present.Node("op") is { Type: "Add" }
            && context.Text(present.Node("value")!) == context.Text(first))
            return new KeyUpdate(statement, dict, key, false, "int", present);
        if (PyAst.MethodName(present.Node("value")) is { } method && present.Type == "Expr" && IsEntry(context, PyAst.Receiver(present.Node("value")!)!, dict, key))
        {
            var factory = (method, first.Type) switch
            {
                ("append", "List") => "list",
                ("add", "Set") => "set",
                _ => null,
            };
            if (factory is not null) return new KeyUpdate(statement, dict, key, false, factory, present);
        }
        return null;
    }

    private static bool IsEntry(StyleContext context, PyNode node, string dict, string key) =>
        node.Type == "Subscript" && context.Text(node.Node("value")!) == dict && context.Text(node.Node("slice")!) == key;

    private static bool IsIncrementByOne(StyleContext context, PyNode statement, string dict, string key) =>
        statement.Type == "AugAssign" && statement.Node("op") is { Type: "Add" } && PyAst.IntValue(statement.Node("value")) == 1
        && IsEntry(context, statement.Node("target")!, dict, key);

    private static bool IsEmpty(PyNode value, out string factory)
    {
        factory = value.Type switch
        {
            "List" when value.Nodes("elts").Count == 0 => "list",
            "Dict" when value.Nodes("keys").Count == 0 && value.Nodes("values").Count == 0 => "dict",
            _ when PyAst.IntValue(value) == 0 && PyAst.ConstantKind(value) == "int" => "int",
            _ when PyAst.ConstantKind(value) == "str" && value.Value("value")?.GetString() == "" => "str",
            _ when PyAst.CalledName(value) is "list" or "dict" or "set" && PyAst.Args(value).Count == 0 && !PyAst.HasKeywords(value) => PyAst.CalledName(value)!,
            _ => "",
        };
        return factory.Length > 0;
    }
}
