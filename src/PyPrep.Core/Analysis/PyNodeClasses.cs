using System.Text.Json;

namespace PyPrep.Core.Analysis;

/// <summary>
/// The node classes of one <c>ast</c> job, numbered as the harness numbers them: a node arrives as
/// an array that starts with its class's number, and each <c>ast</c> record lists, in
/// <c>types</c>, the classes its tree is the first to use (docs/harness-protocol.md). Records are
/// read in the order they came, so every number is known before a tree uses it.
/// </summary>
public sealed class PyNodeClasses
{
    // Replaced, never changed: trees of earlier records are read on other threads while later
    // records add classes.
    private volatile PyNodeClass[] classes = [];

    /// <summary>Numbers the classes of a record's <c>types</c> array after those already known (all or none).</summary>
    public void Add(JsonElement types)
    {
        if (types.ValueKind != JsonValueKind.Array) throw new FormatException("\"types\" must be an array");
        var added = new List<PyNodeClass>(classes);
        foreach (var type in types.EnumerateArray())
        {
            if (type.ValueKind != JsonValueKind.Array || type.GetArrayLength() != 3)
                throw new FormatException("a node class is [name, fields, positioned]");
            var name = type[0].GetString() ?? throw new FormatException("a node class needs a name");
            var fields = type[1].EnumerateArray().Select(f => f.GetString() ?? throw new FormatException("a field needs a name")).ToArray();
            added.Add(new PyNodeClass(name, fields, type[2].GetBoolean()));
        }
        classes = [.. added];
    }

    internal PyNodeClass this[int number]
    {
        get
        {
            var known = classes;
            return number >= 0 && number < known.Length ? known[number] : throw new FormatException($"unknown node class {number}");
        }
    }
}
