namespace PyPrep.Core.Values;

/// <summary>
/// A parameter or return annotation from a challenge's signature (<c>list[int]</c>,
/// <c>ListNode | None</c>, <c>tuple[int, int]</c>). It turns the plain values written in case files
/// into the values the candidate's code receives and must return.
/// </summary>
public sealed record TypeSpec(string Name, IReadOnlyList<TypeSpec> Arguments, bool Optional)
{
    public static readonly TypeSpec Any = new("Any", [], false);

    public bool IsLinkedList => Name == "ListNode";
    public bool IsGraph => Name == "Node";

    public static TypeSpec Parse(string text)
    {
        var position = 0;
        var spec = ParseUnion(text.Replace(" ", ""), ref position);
        if (position != text.Replace(" ", "").Length) throw new FormatException($"cannot read type '{text}'");
        return spec;
    }

    private static TypeSpec ParseUnion(string text, ref int position)
    {
        var parts = new List<TypeSpec> { ParseSingle(text, ref position) };
        while (position < text.Length && text[position] == '|')
        {
            position++;
            parts.Add(ParseSingle(text, ref position));
        }
        var optional = parts.Any(p => p.Name == "None");
        var rest = parts.Where(p => p.Name != "None").ToList();
        if (rest.Count == 0) return new TypeSpec("None", [], true);
        return rest.Count == 1 ? rest[0] with { Optional = optional || rest[0].Optional } : Any with { Optional = optional };
    }

    private static TypeSpec ParseSingle(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '.')) position++;
        if (start == position) throw new FormatException($"cannot read type '{text}'");
        var name = text[start..position];
        var arguments = new List<TypeSpec>();
        if (position < text.Length && text[position] == '[')
        {
            position++;
            arguments.Add(ParseUnion(text, ref position));
            while (position < text.Length && text[position] == ',')
            {
                position++;
                arguments.Add(ParseUnion(text, ref position));
            }
            if (position >= text.Length || text[position] != ']') throw new FormatException($"missing ']' in type '{text}'");
            position++;
        }
        return new TypeSpec(name, arguments, false);
    }

    /// <summary>
    /// Converts a value read from content (where only lists, numbers, strings and null can be
    /// written) into this type: lists become tuples or sets where declared, ints become floats,
    /// lists become linked lists or graphs.
    /// </summary>
    public PyValue Coerce(PyValue value)
    {
        if (value is PyNone) return value;
        switch (Name)
        {
            case "float" when value is PyInt i: return new PyFloat((double)i.Value);
            // An empty list is no nodes at all: the harness hands the code None and a correct answer
            // returns None, so the expected value must be None too, not an empty chain.
            case "ListNode" or "Node" when value is PyList { Items.Count: 0 }: return PyNone.Instance;
            case "ListNode" when value is PyList l: return new PyLinkedList(l.Items);
            case "Node" when value is PyList l:
                return new PyGraph(l.Items.Select(a => (IReadOnlyList<int>)((PyList)a).Items.Select(x => (int)((PyInt)x).Value).ToList()).ToList());
            case "tuple" when value is PySequence s: return new PyTuple(CoerceItems(s.Items, tuple: true));
            case "set" when value is PySequence s: return new PySet(CoerceItems(s.Items));
            case "frozenset" when value is PySequence s: return new PySet(CoerceItems(s.Items), Frozen: true);
            case "list" when value is PyList l: return new PyList(CoerceItems(l.Items));
            case "dict" when value is PyDict d && Arguments.Count == 2:
                return new PyDict(d.Entries.Select(e => new KeyValuePair<PyValue, PyValue>(Arguments[0].Coerce(e.Key), Arguments[1].Coerce(e.Value))).ToList());
            default: return value;
        }
    }

    private List<PyValue> CoerceItems(IReadOnlyList<PyValue> items, bool tuple = false)
    {
        if (Arguments.Count == 0) return items.ToList();
        // tuple[int, str] types each position; list[int] and tuple[int, ...] type every item alike.
        if (tuple && Arguments.Count > 1 && Arguments[^1].Name != "...")
            return items.Select((item, index) => index < Arguments.Count ? Arguments[index].Coerce(item) : item).ToList();
        return items.Select(Arguments[0].Coerce).ToList();
    }

    public override string ToString() =>
        (Arguments.Count == 0 ? Name : $"{Name}[{string.Join(", ", Arguments)}]") + (Optional ? " | None" : "");
}
