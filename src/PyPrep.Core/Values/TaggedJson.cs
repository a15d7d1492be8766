using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PyPrep.Core.Values;

/// <summary>
/// The wire format between host and harness (docs/harness-protocol.md): JSON null, booleans,
/// integers, strings and arrays (lists) stand for themselves; every other type is an object
/// <c>{"$t": tag, "v": ...}</c>. Floats are always tagged so <c>1</c> and <c>1.0</c> stay apart.
/// </summary>
public static class TaggedJson
{
    public static JsonNode? Encode(PyValue value) => value switch
    {
        PyNone => null,
        PyBool b => JsonValue.Create(b.Value),
        // Most ints fit in a long; only bigger ones need their digits parsed as a JSON number.
        PyInt i => i.Value >= long.MinValue && i.Value <= long.MaxValue
            ? JsonValue.Create((long)i.Value)
            : JsonNode.Parse(i.Value.ToString(CultureInfo.InvariantCulture)),
        PyStr s => JsonValue.Create(s.Value),
        PyFloat f => Tagged("float", JsonValue.Create(f.ToPython())),
        PyList l => EncodeArray(l.Items),
        PyTuple t => Tagged("tuple", EncodeArray(t.Items)),
        PySet s => Tagged(s.Frozen ? "frozenset" : "set", EncodeArray(s.Items)),
        PyDict d => Tagged("dict", new JsonArray(d.Entries.Select(e => (JsonNode?)new JsonArray(Encode(e.Key), Encode(e.Value))).ToArray())),
        PyBytes b => Tagged("bytes", JsonValue.Create(Convert.ToBase64String(b.Value))),
        PyLinkedList l => Tagged("listnode", EncodeArray(l.Items)),
        PyGraph g => EncodeGraph(g),
        PyOpaque o => new JsonObject { ["$t"] = "opaque", ["type"] = o.Type, ["repr"] = o.Repr },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "unknown value type"),
    };

    public static PyValue Decode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null: return PyNone.Instance;
            case JsonValueKind.True: return PyBool.True;
            case JsonValueKind.False: return PyBool.False;
            case JsonValueKind.String: return new PyStr(element.GetString()!);
            case JsonValueKind.Number:
                var raw = element.GetRawText();
                if (BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)) return new PyInt(big);
                return new PyFloat(element.GetDouble());
            case JsonValueKind.Array: return new PyList(DecodeArray(element));
            case JsonValueKind.Object: return DecodeTagged(element);
            default: throw new FormatException($"unexpected JSON {element.ValueKind}");
        }
    }

    public static PyValue Decode(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Decode(document.RootElement);
    }

    private static PyValue DecodeTagged(JsonElement element)
    {
        var tag = element.TryGetProperty("$t", out var t) ? t.GetString() : null;
        element.TryGetProperty("v", out var v);
        switch (tag)
        {
            case "float": return new PyFloat(ParseFloat(v.GetString()!));
            case "tuple": return new PyTuple(DecodeArray(v));
            case "set": return new PySet(DecodeArray(v));
            case "frozenset": return new PySet(DecodeArray(v), Frozen: true);
            case "bytes": return new PyBytes(Convert.FromBase64String(v.GetString()!));
            case "dict":
                return new PyDict(v.EnumerateArray()
                    .Select(pair => new KeyValuePair<PyValue, PyValue>(Decode(pair[0]), Decode(pair[1])))
                    .ToList());
            case "listnode":
                int? cycle = element.TryGetProperty("cycle", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
                return new PyLinkedList(DecodeArray(v), cycle);
            case "graph":
                var shared = element.TryGetProperty("shared", out var s) && s.ValueKind == JsonValueKind.True;
                var values = element.TryGetProperty("vals", out var vals) ? DecodeArray(vals) : null;
                var adjacency = v.EnumerateArray().Select(a => (IReadOnlyList<int>)a.EnumerateArray().Select(x => x.GetInt32()).ToList()).ToList();
                if (values is not null && values.Count != adjacency.Count)
                    throw new FormatException($"a graph of {adjacency.Count} nodes came with {values.Count} values");
                return new PyGraph(adjacency, shared, values);
            case "opaque":
                return new PyOpaque(element.GetProperty("type").GetString() ?? "object", element.GetProperty("repr").GetString() ?? "");
            default:
                throw new FormatException($"unknown value tag '{tag}'");
        }
    }

    /// <summary>Parses a float as Python prints it, including nan and the infinities.</summary>
    public static double ParseFloat(string text) => text switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static JsonObject EncodeGraph(PyGraph graph)
    {
        var adjacency = new JsonArray(graph.Adjacency.Select(a => (JsonNode?)new JsonArray(a.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray())).ToArray());
        var encoded = Tagged("graph", adjacency);
        // Case files leave the values out (node i carries i); an answer read back keeps its own.
        if (graph.Values is not null) encoded["vals"] = EncodeArray(graph.Values);
        if (graph.SharesInputNodes) encoded["shared"] = true;
        return encoded;
    }

    private static List<PyValue> DecodeArray(JsonElement element) => element.EnumerateArray().Select(Decode).ToList();

    private static JsonArray EncodeArray(IEnumerable<PyValue> items) => new(items.Select(Encode).ToArray());

    private static JsonObject Tagged(string tag, JsonNode? value) => new() { ["$t"] = tag, ["v"] = value };
}
