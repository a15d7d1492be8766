using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using PyPrep.Core.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Content;

/// <summary>
/// Reads Python values written in YAML: plain scalars are None, booleans, ints, floats or strings as
/// in JSON; quoted scalars are always strings; <c>!tuple</c>, <c>!set</c>, <c>!float</c> and
/// <c>!bytes</c> tags name the types YAML has no syntax for.
/// </summary>
public static partial class YamlValues
{
    public static PyValue Read(YamlNode node, string file) => node switch
    {
        YamlScalarNode scalar => ReadScalar(scalar, file),
        YamlSequenceNode sequence => ReadSequence(sequence, file),
        YamlMappingNode mapping => new PyDict(mapping.Children
            .Select(pair => new KeyValuePair<PyValue, PyValue>(Read(pair.Key, file), Read(pair.Value, file))).ToList()),
        _ => throw new ContentException(file, Line(node), "unsupported YAML node"),
    };

    public static int Line(YamlNode node) => (int)node.Start.Line;

    private static PyValue ReadSequence(YamlSequenceNode sequence, string file)
    {
        var items = sequence.Children.Select(c => Read(c, file)).ToList();
        return sequence.Tag.IsEmpty ? new PyList(items) : sequence.Tag.Value switch
        {
            "!tuple" => new PyTuple(items),
            "!set" => new PySet(items),
            "!frozenset" => new PySet(items, Frozen: true),
            "!listnode" => new PyLinkedList(items),
            _ => throw new ContentException(file, Line(sequence), $"unknown tag {sequence.Tag.Value}"),
        };
    }

    private static PyValue ReadScalar(YamlScalarNode scalar, string file)
    {
        var text = scalar.Value ?? "";
        if (!scalar.Tag.IsEmpty)
        {
            try
            {
                return scalar.Tag.Value switch
                {
                    "!float" => new PyFloat(TaggedJson.ParseFloat(text)),
                    "!bytes" => new PyBytes(System.Text.Encoding.UTF8.GetBytes(text)),
                    "!str" or "tag:yaml.org,2002:str" => new PyStr(text),
                    _ => throw new ContentException(file, Line(scalar), $"unknown tag {scalar.Tag.Value}"),
                };
            }
            catch (FormatException)
            {
                throw new ContentException(file, Line(scalar), $"'{text}' is not a float");
            }
        }
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return new PyStr(text);
        if (text is "" or "~" or "null" or "None") return PyNone.Instance;
        if (text is "true" or "True") return PyBool.True;
        if (text is "false" or "False") return PyBool.False;
        if (IntPattern().IsMatch(text)) return new PyInt(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text)) return new PyFloat(double.Parse(text, CultureInfo.InvariantCulture));
        return new PyStr(text);
    }

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^-?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][-+]?\d+)$")]
    private static partial Regex FloatPattern();
}
