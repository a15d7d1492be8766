using System.Text.RegularExpressions;
using PyPrep.Core.Content;
using YamlDotNet.RepresentationModel;
using static PyPrep.Core.Content.ChallengeLoader;

namespace PyPrep.Core.Concepts;

/// <summary>
/// Reads one topic file of the concept bank (docs/concepts-format.md). Every problem is a
/// <see cref="ContentException"/> naming the file and the line to fix.
/// </summary>
public static partial class ConceptLoader
{
    private static readonly string[] ItemKeys =
    [
        "id", "kind", "level", "roles", "question", "code", "explanation", "output", "raises",
        "options", "correct", "entry", "fixed", "cases", "answer", "points",
    ];

    public static ConceptTopic LoadTopic(string file)
    {
        var root = ReadMapping(file);
        var id = Path.GetFileNameWithoutExtension(file);
        var title = Text(root, file, "title");
        var roles = List(root, file, "roles");
        if (Child(root, "items") is not YamlSequenceNode list)
            throw new ContentException(file, (int)root.Start.Line, "missing 'items' (a list of questions)");
        var items = new List<ConceptItem>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode item) throw new ContentException(file, YamlValues.Line(node), "each item must be a mapping");
            items.Add(ReadItem(item, file, id, roles));
        }
        return new ConceptTopic(id, title, file, items);
    }

    private static ConceptItem ReadItem(YamlMappingNode node, string file, string topic, List<string> topicRoles)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
            if (!ItemKeys.Contains(key.Value))
                throw new ContentException(file, (int)key.Start.Line, $"unknown key '{key.Value}' (known: {string.Join(", ", ItemKeys)})");
        var id = Text(node, file, "id");
        if (!IdPattern().IsMatch(id)) throw new ContentException(file, Line(node, "id"), $"id '{id}' must be kebab-case (a-z, 0-9, -)");
        var kind = Enum<ConceptKind>(node, file, "kind");
        var roles = List(node, file, "roles");
        var item = new ConceptItem
        {
            Id = id,
            Kind = kind,
            Topic = topic,
            Level = Enum<Level>(node, file, "level"),
            Roles = roles.Count > 0 ? roles : topicRoles,
            Question = OptionalText(node, "question") ?? (kind == ConceptKind.PredictOutput
                ? "What does this print? If it raises, end your answer with the exception's type."
                : Text(node, file, "question")),
            Code = OptionalText(node, "code"),
            Explanation = Text(node, file, "explanation"),
            File = file,
            Line = (int)node.Start.Line,
        };
        return kind switch
        {
            ConceptKind.PredictOutput => ReadPredictOutput(node, file, item),
            ConceptKind.Choice => ReadChoice(node, file, item),
            ConceptKind.SpotTheBug => ReadSpotTheBug(node, file, item),
            _ => ReadShortAnswer(node, file, item),
        };
    }

    private static ConceptItem ReadPredictOutput(YamlMappingNode node, string file, ConceptItem item)
    {
        if (item.Code is null) throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'code' (the snippet)");
        var output = Child(node, "output") is YamlScalarNode scalar ? scalar.Value ?? "" : null;
        var raises = OptionalText(node, "raises");
        if (output is null && raises is null)
            throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'output' (what it prints) or 'raises' (the exception's type)");
        if (raises is not null && !ExceptionPattern().IsMatch(raises))
            throw new ContentException(file, Line(node, "raises"), $"'raises' must be an exception type name such as KeyError, not '{raises}'");
        output ??= "";
        if (output.Length > 0 && !output.EndsWith('\n')) output += "\n";
        return item with { Output = output, Raises = raises };
    }

    private static ConceptItem ReadChoice(YamlMappingNode node, string file, ConceptItem item)
    {
        var options = List(node, file, "options");
        if (options.Count < 2) throw new ContentException(file, item.Line, $"item '{item.Id}' needs at least two 'options'");
        var multiple = Child(node, "correct") is YamlSequenceNode;
        var labels = Child(node, "correct") switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode => List(node, file, "correct"),
            _ => throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'correct': a letter, or a list of letters when several options are right"),
        };
        var correct = new List<int>();
        foreach (var label in labels)
        {
            var index = label.Length == 1 ? label[0] - 'a' : -1;
            if (index < 0 || index >= options.Count)
                throw new ContentException(file, Line(node, "correct"), $"'{label}' is not an option letter (a to {ConceptItem.Label(options.Count - 1)})");
            if (!correct.Contains(index)) correct.Add(index);
        }
        if (correct.Count == 0) throw new ContentException(file, Line(node, "correct"), "no correct option");
        return item with { Options = options, Correct = correct.Order().ToList(), Multiple = multiple };
    }

    private static ConceptItem ReadSpotTheBug(YamlMappingNode node, string file, ConceptItem item)
    {
        if (item.Code is null) throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'code' (the buggy version)");
        var entry = Text(node, file, "entry");
        var fixedCode = Text(node, file, "fixed");
        if (Child(node, "cases") is not YamlSequenceNode list || list.Children.Count == 0)
            throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'cases': calls that the fix passes and the bug fails");
        var cases = new List<TestCase>();
        foreach (var child in list.Children)
        {
            if (child is not YamlMappingNode c) throw new ContentException(file, YamlValues.Line(child), "each case must be a mapping");
            if (Child(c, "expected") is not { } expected)
                throw new ContentException(file, (int)c.Start.Line, "case needs 'expected'");
            var snippet = OptionalText(c, "snippet");
            var args = Child(c, "args") switch
            {
                YamlSequenceNode seq => seq.Children.Select(a => YamlValues.Read(a, file)).ToList(),
                null when snippet is not null => [],
                _ => throw new ContentException(file, (int)c.Start.Line, "case needs 'args' (a list) or a 'snippet' that sets result"),
            };
            cases.Add(new TestCase($"case-{cases.Count + 1}", Hidden: true, args, YamlValues.Read(expected, file), snippet));
        }
        var behaviour = cases.Count(c => c.Snippet is not null);
        if (behaviour != 0 && behaviour != cases.Count)
            throw new ContentException(file, Line(node, "cases"), "either every case has a 'snippet' or none has");
        return item with { Entry = entry, Fixed = fixedCode, Cases = cases };
    }

    private static ConceptItem ReadShortAnswer(YamlMappingNode node, string file, ConceptItem item)
    {
        var points = List(node, file, "points");
        if (points.Count == 0) throw new ContentException(file, item.Line, $"item '{item.Id}' needs 'points' (key points to grade against)");
        return item with { ModelAnswer = Text(node, file, "answer"), KeyPoints = points };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ExceptionPattern();
}
