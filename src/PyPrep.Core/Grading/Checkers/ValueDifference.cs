using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// Words the first difference between two values the way a reviewer would point at it: where
/// (<c>at [3][1]</c>, <c>at ['a']</c>, <c>at node 2</c>) and what (<c>expected 4, got 5</c>, a length
/// or a type that differs). Each description comes twice: with the values, for visible cases, and
/// without them, for hidden cases whose expected answer must stay hidden.
/// </summary>
public static class ValueDifference
{
    private const int ValueChars = 60;

    /// <summary>
    /// The first difference the strict comparison of <see cref="ValueComparer"/> would find, or null
    /// when there is none (a tuple where a list is expected counts as no difference).
    /// </summary>
    public static Described? Describe(PyValue expected, PyValue actual, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        return Find(expected, actual, "", tolerance);
    }

    /// <summary>A difference worded with the values (<see cref="Text"/>) and without them (<see cref="WithoutValues"/>).</summary>
    public sealed record Described(string Text, string WithoutValues);

    private static Described? Find(PyValue expected, PyValue actual, string path, double tolerance)
    {
        var ignored = false;
        if (ValueComparer.Equal(expected, actual, ref ignored, tolerance)) return null;
        if (actual is PyOpaque opaque) return Opaque(expected, opaque, path);
        if (!SameKind(expected, actual, tolerance)) return TypeMismatch(expected, actual, path);
        return (expected, actual) switch
        {
            (PySet e, PySet a) => Multiset(e.Items, a.Items, path, "item"),
            (PySequence e, PySequence a) => Items(e.Items, a.Items, path, i => $"{path}[{i}]", "item", tolerance),
            (PyDict e, PyDict a) => Dict(e, a, path, tolerance),
            (PyLinkedList e, PyLinkedList a) => LinkedList(e, a, path, tolerance),
            (PyGraph e, PyGraph a) => Graph(e, a, path),
            (PyFloat, _) when tolerance > 0 => Scalar(expected, actual, path, $" (more than a relative {tolerance:0e0} apart)"),
            _ => Scalar(expected, actual, path),
        };
    }

    // Kinds the comparer may compare item by item: same type, a tuple for a list, an int for a float within a tolerance.
    private static bool SameKind(PyValue expected, PyValue actual, double tolerance) => (expected, actual) switch
    {
        (PyList, PyTuple) => true,
        (PyFloat, PyInt) => tolerance > 0,
        (PySet e, PySet a) => e.Frozen == a.Frozen,
        _ => expected.GetType() == actual.GetType(),
    };

    private static Described Scalar(PyValue expected, PyValue actual, string path, string suffix = "") => new(
        $"{At(path)}expected {Show(expected)}, got {Show(actual)}{suffix}",
        $"{At(path)}a different {expected.TypeName} value{suffix}");

    private static Described TypeMismatch(PyValue expected, PyValue actual, string path)
    {
        var why = (expected, actual) switch
        {
            (PyBool, PyInt) or (PyInt, PyBool) => " (True is not 1 and False is not 0 here)",
            (PyNone, _) or (_, PyNone) => " (None is a value of its own)",
            (PyFloat, PyInt) or (PyInt, PyFloat) => " (1.0 is not 1 here)",
            _ => "",
        };
        var types = $"{expected.TypeName} expected, got {actual.TypeName}{why}";
        return new($"{At(path)}{types}: expected {Show(expected)}, got {Show(actual)}", $"{At(path)}{types}");
    }

    // The harness sends back only exact built-in types (DESIGN.md decision 1): anything else arrives opaque.
    private static Described Opaque(PyValue expected, PyOpaque actual, string path)
    {
        if (actual.Type == expected.TypeName)
            return new($"{At(path)}expected {Show(expected)}, got {Shorten(actual.Repr)}", $"{At(path)}a {actual.Type} that cannot be compared");
        var why = $"{At(path)}{expected.TypeName} expected, got {Article(actual.Type)}: a subclass of a built-in type or an object " +
                  $"of your own class is never {Article(expected.TypeName)}; return a plain {expected.TypeName}";
        return new($"{why} (got {Shorten(actual.Repr)})", why);
    }

    private static Described? Items(IReadOnlyList<PyValue> expected, IReadOnlyList<PyValue> actual, string path,
        Func<int, string> at, string noun, double tolerance)
    {
        var common = Math.Min(expected.Count, actual.Count);
        for (var i = 0; i < common; i++)
        {
            if (Find(expected[i], actual[i], at(i), tolerance) is not { } inner) continue;
            if (expected.Count == actual.Count) return inner;
            var counts = $"; also {Count(expected.Count, noun)} expected, got {actual.Count}";
            return new(inner.Text + counts, inner.WithoutValues + "; " + Fewer(actual.Count, expected.Count, noun));
        }
        if (expected.Count == actual.Count) return null;
        var lengths = $"{At(path)}{Count(expected.Count, noun)} expected, got {actual.Count}";
        var hidden = At(path) + Fewer(actual.Count, expected.Count, noun);
        return expected.Count > actual.Count
            ? new($"{lengths}: missing {at(common).TrimStart()} = {Show(expected[common])}", hidden)
            : new($"{lengths}: extra {at(common).TrimStart()} = {Show(actual[common])}", hidden);
    }

    private static Described Multiset(IReadOnlyList<PyValue> expected, IReadOnlyList<PyValue> actual, string path, string noun, int unorderedDepth = 0)
    {
        var missing = Subtract(expected, actual, unorderedDepth);
        var extra = Subtract(actual, expected, unorderedDepth);
        var parts = new List<string>();
        if (expected.Count != actual.Count) parts.Add($"{Count(expected.Count, noun)} expected, got {actual.Count}");
        if (missing.Count > 0) parts.Add($"missing {Show(missing[0])}{More(missing.Count)}");
        if (extra.Count > 0) parts.Add($"unexpected {Show(extra[0])}{More(extra.Count)}");
        var hidden = expected.Count != actual.Count ? Fewer(actual.Count, expected.Count, noun) : $"some {noun}s differ";
        return new(At(path) + string.Join("; ", parts), At(path) + hidden);
    }

    private static Described? Dict(PyDict expected, PyDict actual, string path, double tolerance)
    {
        var byKey = actual.Entries.ToDictionary(e => ValueComparer.Canonical(e.Key), e => e.Value);
        foreach (var (key, value) in expected.Entries)
        {
            if (!byKey.TryGetValue(ValueComparer.Canonical(key), out var other))
                return new($"{At(path)}missing key {Show(key)}", $"{At(path)}a key is missing");
            if (Find(value, other, $"{path}[{Shorten(key.ToPython())}]", tolerance) is { } inner) return inner;
        }
        var known = expected.Entries.Select(e => ValueComparer.Canonical(e.Key)).ToHashSet();
        var extra = actual.Entries.FirstOrDefault(e => !known.Contains(ValueComparer.Canonical(e.Key)));
        return extra.Key is null ? null : new($"{At(path)}unexpected key {Show(extra.Key)}", $"{At(path)}an unexpected key");
    }

    private static Described? LinkedList(PyLinkedList expected, PyLinkedList actual, string path, double tolerance)
    {
        if (Items(expected.Items, actual.Items, path, i => $"{path} node {i}", "node", tolerance) is { } items) return items;
        string Cycle(int? at) => at is { } i ? $"a cycle back to node {i}" : "no cycle";
        var text = $"{At(path)}expected {Cycle(expected.CycleAt)}, got {Cycle(actual.CycleAt)}";
        return new(text, text);
    }

    private static Described Graph(PyGraph expected, PyGraph actual, string path)
    {
        if (expected.Adjacency.Count != actual.Adjacency.Count)
        {
            return new($"{At(path)}{Count(expected.Adjacency.Count, "node")} expected, got {actual.Adjacency.Count}",
                At(path) + Fewer(actual.Adjacency.Count, expected.Adjacency.Count, "node"));
        }
        var node = Enumerable.Range(0, expected.Adjacency.Count)
            .First(i => !expected.Adjacency[i].Order().SequenceEqual(actual.Adjacency[i].Order()));
        return new($"{At(path)}node {node + 1}'s neighbours: expected [{string.Join(", ", expected.Adjacency[node])}], got [{string.Join(", ", actual.Adjacency[node])}]",
            $"{At(path)}node {node + 1} has different neighbours");
    }

    private static List<PyValue> Subtract(IReadOnlyList<PyValue> from, IReadOnlyList<PyValue> remove, int unorderedDepth)
    {
        var left = remove.GroupBy(v => ValueComparer.Canonical(v, unorderedDepth)).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<PyValue>();
        foreach (var value in from)
        {
            var key = ValueComparer.Canonical(value, unorderedDepth);
            if (left.TryGetValue(key, out var count) && count > 0) left[key] = count - 1;
            else result.Add(value);
        }
        return result;
    }

    /// <summary>The difference between two lists compared without order down to <paramref name="depth"/> (the unordered checkers).</summary>
    internal static Described Unordered(IReadOnlyList<PyValue> expected, IReadOnlyList<PyValue> actual, int depth) =>
        Multiset(expected, actual, "", depth > 1 ? "group" : "item", depth - 1);

    private static string At(string path) => path.Length == 0 ? "" : $"at {path.TrimStart()}: ";
    private static string Article(string noun) => (noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;
    // For hidden cases: how the answer's size compares, without the expected size.
    private static string Fewer(int actual, int expected, string noun) =>
        $"got {Count(actual, noun)}, {(actual < expected ? "fewer" : "more")} than expected";
    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
    private static string More(int count) => count > 1 ? $" (and {count - 1} more)" : "";
    private static string Show(PyValue value) => Shorten(value.ToPython());
    private static string Shorten(string text) => text.Length <= ValueChars ? text : text[..(ValueChars - 1)] + "…";
}
