using System.Text.Json;

namespace PyPrep.Core.Analysis;

/// <summary>
/// One node of CPython's <c>ast</c>, as the harness sends it (docs/harness-protocol.md): its
/// class name, its position, its child nodes by field and its plain fields (names, operators'
/// constants). Positions are CPython's: lines from 1, columns as UTF-8 byte offsets from 0.
/// </summary>
public sealed class PyNode
{
    private static readonly PyNode[] NoNodes = [];
    private readonly PyNodeClass type;
    // One slot per field of the class, in _fields order: a child node, the child nodes of a list
    // field, a string (names are read often, so decoded once), or null. Plain values as sent are
    // kept beside them for Value. A batch holds thousands of nodes, built while the harness is
    // still sending: arrays sized by the class allocate a third of what lists per kind did.
    private readonly object?[] slots;
    private JsonElement[]? plain;
    private PyNode[] children = NoNodes;

    private PyNode(PyNodeClass type, PyNode? parent, string? field)
    {
        this.type = type;
        slots = type.Fields.Length == 0 ? [] : new object?[type.Fields.Length];
        Parent = parent;
        Field = field;
    }

    /// <summary>The AST class name: <c>For</c>, <c>Name</c>, <c>Compare</c>, ...</summary>
    public string Type => type.Name;
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
    public PyNode? Node(string field) => Slot(field) as PyNode;

    /// <summary>The child nodes in list field <paramref name="field"/> (empty when absent).</summary>
    public IReadOnlyList<PyNode> Nodes(string field) => Slot(field) as PyNode[] ?? NoNodes;

    /// <summary>A string field (<c>id</c>, <c>attr</c>, <c>arg</c>, <c>name</c>), or null.</summary>
    public string? Text(string field) => Slot(field) as string;

    /// <summary>A plain field as sent (a Constant's <c>value</c> is tagged JSON).</summary>
    public JsonElement? Value(string field)
    {
        var index = type.IndexOf(field);
        return plain is null || index < 0 || plain[index].ValueKind == JsonValueKind.Undefined ? null : plain[index];
    }

    private object? Slot(string field)
    {
        var index = type.IndexOf(field);
        return index < 0 ? null : slots[index];
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
            for (var i = node.children.Length - 1; i >= 0; i--) stack.Push(node.children[i]);
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
        var node = new PyNode(type, parent, field);
        if (type.Positioned)
        {
            node.Line = NextPosition(ref items);
            node.Column = NextPosition(ref items);
            node.EndLine = NextPosition(ref items);
            node.EndColumn = NextPosition(ref items);
        }
        var childCount = 0;
        for (var i = 0; i < type.Fields.Length; i++)
        {
            if (!items.MoveNext()) throw new FormatException($"{type.Name} has fewer values than fields");
            childCount += node.SetField(i, items.Current, classes);
        }
        if (childCount > 0) node.CollectChildren(childCount);
        return node;
    }

    private static int NextPosition(ref JsonElement.ArrayEnumerator items)
    {
        if (!items.MoveNext()) throw new FormatException("a positioned node needs four positions");
        return items.Current.ValueKind == JsonValueKind.Number ? items.Current.GetInt32() : 0;
    }

    /// <summary>Fills field <paramref name="index"/> from its JSON value; returns how many child nodes it holds.</summary>
    private int SetField(int index, JsonElement value, PyNodeClasses classes)
    {
        var name = type.Fields[index];
        if (value.ValueKind != JsonValueKind.Array)
        {
            (plain ??= new JsonElement[slots.Length])[index] = value;
            if (value.ValueKind == JsonValueKind.String) slots[index] = value.GetString();
            return 0;
        }
        if (IsNode(value))
        {
            slots[index] = Build(value, classes, this, name);
            return 1;
        }
        var items = new PyNode[value.GetArrayLength()];
        var count = 0;
        foreach (var item in value.EnumerateArray())
        {
            // Holes (a Dict's **spread key, a keyword-only argument without default) are skipped.
            if (IsNode(item)) items[count++] = Build(item, classes, this, name);
        }
        if (count == 0)
        {
            (plain ??= new JsonElement[slots.Length])[index] = value; // empty, or names only (Global's names)
            return 0;
        }
        if (count < items.Length) Array.Resize(ref items, count);
        slots[index] = items;
        return count;
    }

    private void CollectChildren(int count)
    {
        children = new PyNode[count];
        var at = 0;
        foreach (var slot in slots)
        {
            if (slot is PyNode child) children[at++] = child;
            else if (slot is PyNode[] list)
            {
                list.CopyTo(children, at);
                at += list.Length;
            }
        }
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
