using System.Text;
using PyPrep.Core.Values;

namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// Strict comparison of decoded values: types must match where they change meaning (<c>True</c> is
/// not <c>1</c>, <c>1.0</c> is not <c>1</c>, <c>None</c> is not <c>""</c>), and opaque values (user
/// classes, subclasses of built-ins) never match. The one leniency an interviewer would allow: a
/// tuple where a list is expected, which passes with a note.
/// </summary>
public static class ValueComparer
{
    public const string TupleNote = "returned a tuple where a list was expected; accepted, but match the signature";

    /// <summary>Compares two values; <paramref name="tupleForList"/> is set when the leniency was used.</summary>
    public static bool Equal(PyValue expected, PyValue actual, ref bool tupleForList, double tolerance = 0)
    {
        switch (expected, actual)
        {
            case (PyNone, PyNone): return true;
            case (PyBool e, PyBool a): return e.Value == a.Value;
            case (PyInt e, PyInt a): return e.Value == a.Value;
            case (PyFloat e, PyFloat a): return FloatEqual(e.Value, a.Value, tolerance);
            case (PyFloat e, PyInt a) when tolerance > 0: return FloatEqual(e.Value, (double)a.Value, tolerance);
            case (PyStr e, PyStr a): return e.Value == a.Value;
            case (PyBytes e, PyBytes a): return e.Value.AsSpan().SequenceEqual(a.Value);
            case (PyList e, PyTuple a):
                tupleForList = true;
                return ItemsEqual(e.Items, a.Items, ref tupleForList, tolerance);
            case (PyList e, PyList a): return ItemsEqual(e.Items, a.Items, ref tupleForList, tolerance);
            case (PyTuple e, PyTuple a): return ItemsEqual(e.Items, a.Items, ref tupleForList, tolerance);
            case (PySet e, PySet a): return e.Frozen == a.Frozen && SameMultiset(e.Items, a.Items);
            case (PyDict e, PyDict a): return DictEqual(e, a, ref tupleForList, tolerance);
            case (PyLinkedList e, PyLinkedList a):
                return e.CycleAt == a.CycleAt && ItemsEqual(e.Items, a.Items, ref tupleForList, tolerance);
            case (PyGraph e, PyGraph a): return GraphShape.Difference(e, a) is null;
            default: return false;
        }
    }

    /// <summary>Multiset equality of two lists of values, ignoring order (and tuple/list differences).</summary>
    public static bool SameMultiset(IReadOnlyList<PyValue> expected, IReadOnlyList<PyValue> actual)
    {
        if (expected.Count != actual.Count) return false;
        var left = expected.Select(v => Canonical(v)).Order(StringComparer.Ordinal);
        var right = actual.Select(v => Canonical(v)).Order(StringComparer.Ordinal);
        return left.SequenceEqual(right, StringComparer.Ordinal);
    }

    /// <summary>
    /// A text form equal for equal values: sets and dicts are sorted; with <paramref name="unorderedDepth"/>
    /// > 0 the items of lists down to that depth are sorted too. Tuples read as lists.
    /// </summary>
    public static string Canonical(PyValue value, int unorderedDepth = 0)
    {
        var builder = new StringBuilder();
        Write(value, unorderedDepth, builder);
        return builder.ToString();
    }

    public static bool ContainsTuple(PyValue value) => value switch
    {
        PyTuple => true,
        PySequence s => s.Items.Any(ContainsTuple),
        PyDict d => d.Entries.Any(e => ContainsTuple(e.Key) || ContainsTuple(e.Value)),
        _ => false,
    };

    private static void Write(PyValue value, int unorderedDepth, StringBuilder builder)
    {
        switch (value)
        {
            case PyList or PyTuple:
                var items = ((PySequence)value).Items.Select(i => Canonical(i, Math.Max(0, unorderedDepth - 1)));
                if (unorderedDepth > 0) items = items.Order(StringComparer.Ordinal);
                builder.Append('[').AppendJoin(',', items).Append(']');
                break;
            case PySet set:
                builder.Append(set.Frozen ? "frozenset{" : "{").AppendJoin(',', set.Items.Select(i => Canonical(i)).Order(StringComparer.Ordinal)).Append('}');
                break;
            case PyDict dict:
                builder.Append("dict{").AppendJoin(',', dict.Entries.Select(e => Canonical(e.Key) + ":" + Canonical(e.Value)).Order(StringComparer.Ordinal)).Append('}');
                break;
            case PyOpaque opaque:
                // Unique per occurrence so an opaque value never matches anything.
                builder.Append("opaque:").Append(opaque.Type).Append(':').Append(Guid.NewGuid());
                break;
            default:
                builder.Append(value.TypeName).Append(':').Append(value.ToPython());
                break;
        }
    }

    private static bool ItemsEqual(IReadOnlyList<PyValue> expected, IReadOnlyList<PyValue> actual, ref bool tupleForList, double tolerance)
    {
        if (expected.Count != actual.Count) return false;
        for (var i = 0; i < expected.Count; i++)
        {
            if (!Equal(expected[i], actual[i], ref tupleForList, tolerance)) return false;
        }
        return true;
    }

    private static bool DictEqual(PyDict expected, PyDict actual, ref bool tupleForList, double tolerance)
    {
        if (expected.Entries.Count != actual.Entries.Count) return false;
        var byKey = actual.Entries.ToDictionary(e => Canonical(e.Key), e => e.Value);
        foreach (var (key, value) in expected.Entries)
        {
            if (!byKey.TryGetValue(Canonical(key), out var other) || !Equal(value, other, ref tupleForList, tolerance)) return false;
        }
        return true;
    }

    private static bool FloatEqual(double expected, double actual, double tolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        if (double.IsInfinity(expected) || double.IsInfinity(actual)) return expected == actual;
        return tolerance == 0 ? expected == actual : Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected));
    }
}
