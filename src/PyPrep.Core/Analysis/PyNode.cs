using System.Text.Json;

namespace PyPrep.Core.Analysis;

/// <summary>
/// One node of CPython's <c>ast</c>, as the harness sends it (docs/harness-protocol.md): its
/// class name, its position, its child nodes by field and its plain fields (names, operators'
/// constants). Positions are CPython's: lines from 1, columns as UTF-8 byte offsets from 0.
/// </summary>
public sealed class PyNode
{
    // Nodes have a handful of fields, so short lists searched in order beat dictionaries here.
    private static readonly List<PyNode> NoNodes = [];
    private List<(string Name, PyNode Node)>? nodes;
    private List<(string Name, List<PyNode> Nodes)>? lists;
    private List<(string Name, JsonElement Value)>? values;
    private List<PyNode> children = NoNodes;

    private PyNode(string type, PyNode? parent, string? field)
    {
        Type = type;
        Parent = parent;
        Field = field;
    }

    /// <summary>The AST class name: <c>For</c>, <c>Name</c>, <c>Compare</c>, ...</summary>
    public string Type { get; }
    public PyNode? Parent { get; }
    /// <summary>The parent's field that holds this node (<c>body</c>, <c>test</c>, ...).</summary>
    public string? Field { get; }
    public int Line { get; private set; }
    public int Column { get; private set; }
    public int EndLine { get; private set; }
    public int EndColumn { get; private set; }
    public bool HasPosition => Line > 0;
    /// <summary>Every child node in source order of fields.</summary>
    public IReadOnlyList<PyNode> Children => children;

    public bool Is(string type) => Type == type;

    /// <summary>The single child node in <paramref name="field"/>, or null.</summary>
    public PyNode? Node(string field)
    {
        if (nodes is null) return null;
        foreach (var (name, node) in nodes)
            if (name == field) return node;
        return null;
    }

    /// <summary>The child nodes in list field <paramref name="field"/> (empty when absent).</summary>
    public IReadOnlyList<PyNode> Nodes(string field)
    {
        if (lists is null) return NoNodes;
        foreach (var (name, items) in lists)
            if (name == field) return items;
        return NoNodes;
    }

    /// <summary>A string field (<c>id</c>, <c>attr</c>, <c>arg</c>, <c>name</c>), or null.</summary>
    public string? Text(string field) =>
        Value(field) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>A plain field as sent (a Constant's <c>value</c> is tagged JSON).</summary>
    public JsonElement? Value(string field)
    {
        if (values is null) return null;
        foreach (var (name, value) in values)
            if (name == field) return value;
        return null;
    }

    /// <summary>This node and everything under it, depth first in source order.</summary>
    public IEnumerable<PyNode> Walk()
    {
        var stack = new Stack<PyNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.children.Count - 1; i >= 0; i--) stack.Push(node.children[i]);
        }
    }

    /// <summary>The parents of this node, nearest first.</summary>
    public IEnumerable<PyNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    /// <summary>
    /// Builds the tree from the harness's <c>tree</c> field: a node is an array
    /// <c>[class number, line, column, end line, end column, field values...]</c> (the positions
    /// only for positioned classes), its fields in the order <paramref name="classes"/> gives.
    /// </summary>
    public static PyNode FromJson(JsonElement tree, PyNodeClasses classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return Build(tree, classes, null, null);
    }

    private static PyNode Build(JsonElement json, PyNodeClasses classes, PyNode? parent, string? field)
    {
        if (!IsNode(json)) throw new FormatException("an AST node is an array that starts with its class number");
        var items = json.EnumerateArray();
        items.MoveNext();
        var type = classes[items.Current.GetInt32()];
        var node = new PyNode(type.Name, parent, field);
        if (type.Positioned)
        {
            node.Line = NextPosition(ref items);
            node.Column = NextPosition(ref items);
            node.EndLine = NextPosition(ref items);
            node.EndColumn = NextPosition(ref items);
        }
        foreach (var name in type.Fields)
        {
            if (!items.MoveNext()) throw new FormatException($"{type.Name} has fewer values than fields");
            node.AddField(name, items.Current, classes);
        }
        return node;
    }

    private static int NextPosition(ref JsonElement.ArrayEnumerator items)
    {
        if (!items.MoveNext()) throw new FormatException("a positioned node needs four positions");
        return items.Current.ValueKind == JsonValueKind.Number ? items.Current.GetInt32() : 0;
    }

    private void AddField(string name, JsonElement value, PyNodeClasses classes)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            (values ??= []).Add((name, value));
            return;
        }
        if (IsNode(value))
        {
            var child = Build(value, classes, this, name);
            (nodes ??= []).Add((name, child));
            AddChild(child);
            return;
        }
        List<PyNode>? items = null;
        foreach (var item in value.EnumerateArray())
        {
            // Holes (a Dict's **spread key, a keyword-only argument without default) are skipped.
            if (!IsNode(item)) continue;
            var child = Build(item, classes, this, name);
            (items ??= []).Add(child);
            AddChild(child);
        }
        if (items is not null) (lists ??= []).Add((name, items));
        else (values ??= []).Add((name, value)); // empty, or names only (Global's names)
    }

    private void AddChild(PyNode child)
    {
        if (ReferenceEquals(children, NoNodes)) children = [];
        children.Add(child);
    }

    /// <summary>A node is an array that starts with a number; a list field's items never are numbers.</summary>
    private static bool IsNode(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array) return false;
        var items = value.EnumerateArray();
        return items.MoveNext() && items.Current.ValueKind == JsonValueKind.Number;
    }

    public override string ToString() => $"{Type}@{Line}:{Column}";
}
