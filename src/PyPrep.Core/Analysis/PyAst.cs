using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PyPrep.Core.Analysis;

/// <summary>Small questions rules ask about the tree (is this a call to <c>len</c>? which loop am I in?).</summary>
internal static class PyAst
{

    public static string? NameId(PyNode? node) => node is { Type: "Name" } ? node.Text("id") : null;

    public static bool IsName(PyNode? node, string id) => NameId(node) == id;

    /// <summary>The name of a called builtin-style function (<c>len(x)</c> → <c>len</c>), or null.</summary>
    public static string? CalledName(PyNode? node) => node is { Type: "Call" } ? NameId(node.Node("func")) : null;

    public static bool IsCallTo(PyNode? node, string name) => CalledName(node) == name;

    /// <summary>The method name of <c>x.m(...)</c>, or null.</summary>
    public static string? MethodName(PyNode? node) =>
        node is { Type: "Call" } && node.Node("func") is { Type: "Attribute" } attribute ? attribute.Text("attr") : null;

    /// <summary>The receiver <c>x</c> of <c>x.m(...)</c>.</summary>
    public static PyNode? Receiver(PyNode call) => call.Node("func")?.Node("value");

    public static IReadOnlyList<PyNode> Args(PyNode call) => call.Nodes("args");

    public static bool HasKeywords(PyNode call) => call.Nodes("keywords").Count > 0;

    /// <summary>A Constant's Python kind: none, bool, int, float, str, bytes, ellipsis, other.</summary>
    public static string? ConstantKind(PyNode? node)
    {
        if (node is not { Type: "Constant" } || node.Value("value") is not { } value) return null;
        return value.ValueKind switch
        {
            JsonValueKind.Null => "none",
            JsonValueKind.True or JsonValueKind.False => "bool",
            JsonValueKind.Number => "int",
            JsonValueKind.String => "str",
            JsonValueKind.Object when value.TryGetProperty("$t", out var tag) => tag.GetString() switch
            {
                "float" => "float",
                "ellipsis" => "ellipsis",
                "opaque" when value.TryGetProperty("type", out var type) && type.GetString() == "bytes" => "bytes",
                _ => "other",
            },
            _ => "other",
        };
    }

    public static bool IsNone(PyNode? node) => ConstantKind(node) == "none";

    public static bool? BoolValue(PyNode? node) =>
        ConstantKind(node) == "bool" ? node!.Value("value")!.Value.ValueKind == JsonValueKind.True : null;

    public static long? IntValue(PyNode? node)
    {
        if (ConstantKind(node) == "int" && node!.Value("value")!.Value.TryGetInt64(out var v)) return v;
        if (node is { Type: "UnaryOp" } && node.Node("op") is { Type: "USub" } && IntValue(node.Node("operand")) is { } inner) return -inner;
        return null;
    }

    /// <summary>The text of a comparison or boolean operator node.</summary>
    public static string OperatorText(PyNode op) => op.Type switch
    {
        "Eq" => "==", "NotEq" => "!=", "Lt" => "<", "LtE" => "<=", "Gt" => ">", "GtE" => ">=",
        "Is" => "is", "IsNot" => "is not", "In" => "in", "NotIn" => "not in",
        _ => op.Type,
    };

    public static bool IsScope(PyNode node) => node.Type is "Module" or "FunctionDef" or "AsyncFunctionDef" or "ClassDef" or "Lambda";

    public static bool IsFunction(PyNode node) => node.Type is "FunctionDef" or "AsyncFunctionDef" or "Lambda";

    public static bool IsLoop(PyNode node) => node.Type is "For" or "AsyncFor" or "While" or "ListComp" or "SetComp" or "DictComp" or "GeneratorExp";

    private static bool IsStatementList([NotNullWhen(true)] string? field) => field is "body" or "orelse" or "finalbody" or "handlers";

    /// <summary>The function, class, lambda or module that owns <paramref name="node"/>.</summary>
    public static PyNode Scope(PyNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (IsScope(ancestor)) return ancestor;
        }
        throw new InvalidOperationException("a node outside any module");
    }

    /// <summary>
    /// The nodes of a scope without entering nested functions and classes (their own names live
    /// elsewhere); comprehensions are entered.
    /// </summary>
    public static IEnumerable<PyNode> WalkScope(PyNode scope)
    {
        var stack = new Stack<PyNode>();
        for (var i = scope.Children.Count - 1; i >= 0; i--) stack.Push(scope.Children[i]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (IsScope(node)) continue;
            for (var i = node.Children.Count - 1; i >= 0; i--) stack.Push(node.Children[i]);
        }
    }

    /// <summary>The nearest loop around <paramref name="node"/> inside its own scope, or null.</summary>
    public static PyNode? EnclosingLoop(PyNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (IsScope(ancestor)) return null;
            if (IsLoop(ancestor) && !IsLoopHeader(node, ancestor)) return ancestor;
        }
        return null;
    }

    /// <summary>True when node sits in the iterable of a for loop (evaluated once, not per item).</summary>
    private static bool IsLoopHeader(PyNode node, PyNode loop)
    {
        if (loop.Type is not ("For" or "AsyncFor")) return false;
        var iter = loop.Node("iter");
        for (var at = node; iter is not null && at is not null; at = at.Parent)
        {
            if (ReferenceEquals(at, iter)) return true;
        }
        return false;
    }

    /// <summary>The statement list (<c>body</c>, <c>orelse</c>, ...) holding a statement, and its index in it.</summary>
    public static (IReadOnlyList<PyNode> Block, int Index)? Siblings(PyNode statement)
    {
        if (statement.Parent is null || !IsStatementList(statement.Field)) return null;
        var block = statement.Parent.Nodes(statement.Field);
        for (var i = 0; i < block.Count; i++)
            if (ReferenceEquals(block[i], statement)) return (block, i);
        return null;
    }

    public static PyNode? NextStatement(PyNode statement) =>
        Siblings(statement) is var (block, index) && index + 1 < block.Count ? block[index + 1] : null;

    public static PyNode? PreviousStatement(PyNode statement) =>
        Siblings(statement) is var (block, index) && index > 0 ? block[index - 1] : null;

    /// <summary>The statement that contains <paramref name="node"/> (itself when it is one).</summary>
    public static PyNode? Statement(PyNode node)
    {
        for (var at = node; at is not null; at = at.Parent)
        {
            if (IsStatementList(at.Field) && at.Type != "ExceptHandler") return at;
        }
        return null;
    }

    /// <summary>
    /// True when the value of <paramref name="node"/> is only used for its truth: an if, while or
    /// assert test, a conditional expression's test, a comprehension filter, or the operand of
    /// <c>not</c> or of <c>and</c>/<c>or</c> in such a place.
    /// </summary>
    public static bool IsTruthContext(PyNode node)
    {
        var parent = node.Parent;
        if (parent is null) return false;
        return (parent.Type, node.Field) switch
        {
            ("If" or "While" or "IfExp" or "Assert", "test") => true,
            ("comprehension", "ifs") => true,
            ("UnaryOp", "operand") => parent.Node("op") is { Type: "Not" },
            ("BoolOp", "values") => IsTruthContext(parent),
            _ => false,
        };
    }

    /// <summary>Names a node reads (Load) or writes (Store, Del) with id <paramref name="id"/>.</summary>
    public static IEnumerable<PyNode> NamesIn(PyNode root, string id, string? context = null) =>
        root.Walk().Where(n => n.Type == "Name" && n.Text("id") == id && (context is null || n.Node("ctx")?.Type == context));

    public static bool IsStore(PyNode node) => node.Node("ctx") is { Type: "Store" };

    public static bool IsEmptyListLiteral(PyNode? node) =>
        node is { Type: "List" } && node.Nodes("elts").Count == 0 || IsCallTo(node, "list") && Args(node!).Count == 0 && !HasKeywords(node!);

    /// <summary>A likely name for one item of a sequence (<c>nums</c> → <c>num</c>).</summary>
    public static string Singular(string sequence)
    {
        var name = sequence.Contains('.', StringComparison.Ordinal) ? sequence[(sequence.LastIndexOf('.') + 1)..] : sequence;
        if (name.Length > 3 && name.EndsWith("ies", StringComparison.Ordinal)) return name[..^3] + "y";
        if (name.Length >= 2 && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal)) return name[..^1];
        return name switch
        {
            "matrix" or "grid" or "board" => "row",
            "text" or "string" or "word" or "line" or "s" => "ch",
            "arr" or "array" or "lst" or "data" or "seq" => "item",
            _ => "item",
        };
    }
}
