using PyPrep.Core.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Design;

/// <summary>
/// Reads one scenario folder: <c>scenario.yaml</c> (slug, title, level, prompt, worksheet, rubric,
/// diagram, companions) and <c>reference.md</c>. Problems are <see cref="ContentException"/>s naming file and line.
/// </summary>
public static class DesignScenarioLoader
{
    private static readonly string[] Levels = ["junior", "mid", "senior"];

    /// <summary>Reads and checks one scenario folder.</summary>
    public static DesignScenario Load(string directory)
    {
        var file = Path.Combine(directory, "scenario.yaml");
        var root = ChallengeLoader.ReadMapping(file);
        var slug = ChallengeLoader.Text(root, file, "slug");
        if (slug != Path.GetFileName(directory.TrimEnd('/')))
            throw new ContentException(file, ChallengeLoader.Line(root, "slug"), $"slug '{slug}' does not match folder name '{Path.GetFileName(directory)}'");
        var level = ChallengeLoader.Text(root, file, "level");
        if (!Levels.Contains(level))
            throw new ContentException(file, ChallengeLoader.Line(root, "level"), $"'level' must be one of {string.Join(", ", Levels)}");

        var worksheet = ReadWorksheet(root, file);
        var referenceFile = Path.Combine(directory, "reference.md");
        if (!File.Exists(referenceFile)) throw new ContentException(referenceFile, 0, "reference design missing");
        return new DesignScenario
        {
            Slug = slug,
            Title = ChallengeLoader.Text(root, file, "title"),
            Level = level,
            Prompt = ChallengeLoader.Text(root, file, "prompt"),
            Worksheet = worksheet,
            Rubric = ReadRubric(root, file, worksheet),
            Diagram = ReadDiagram(root, file),
            Reference = File.ReadAllText(referenceFile),
            Companions = ChallengeLoader.List(root, file, "companions"),
            CompanionsLine = ChallengeLoader.Child(root, "companions") is null ? 0 : ChallengeLoader.Line(root, "companions"),
            DiagramLine = ChallengeLoader.Line(root, "diagram"),
            Directory = directory,
        };
    }

    private static List<WorksheetQuestion> ReadWorksheet(YamlMappingNode root, string file)
    {
        if (ChallengeLoader.Child(root, "worksheet") is not YamlMappingNode sheet)
            throw new ContentException(file, ChallengeLoader.Line(root, "worksheet"), "'worksheet' must map each section to its question");
        foreach (var key in sheet.Children.Keys.OfType<YamlScalarNode>())
        {
            if (!WorksheetSections.IsKnown(key.Value ?? ""))
                throw new ContentException(file, YamlValues.Line(key), $"unknown worksheet section '{key.Value}' (known: {string.Join(", ", WorksheetSections.All.Select(s => s.Id))})");
        }
        var questions = new List<WorksheetQuestion>();
        foreach (var (id, _) in WorksheetSections.All)
        {
            var question = ChallengeLoader.OptionalText(sheet, id)
                ?? throw new ContentException(file, YamlValues.Line(sheet), $"worksheet section '{id}' has no question");
            questions.Add(new WorksheetQuestion(id, question));
        }
        return questions;
    }

    private static List<RubricItem> ReadRubric(YamlMappingNode root, string file, List<WorksheetQuestion> worksheet)
    {
        if (ChallengeLoader.Child(root, "rubric") is not YamlSequenceNode list || list.Children.Count == 0)
            throw new ContentException(file, ChallengeLoader.Line(root, "rubric"), "'rubric' must be a non-empty list");
        var items = new List<RubricItem>();
        var ids = new HashSet<string>();
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode item) throw new ContentException(file, YamlValues.Line(node), "each rubric item must be a mapping");
            var line = YamlValues.Line(item);
            var id = ChallengeLoader.Text(item, file, "id");
            if (!ids.Add(id)) throw new ContentException(file, ChallengeLoader.Line(item, "id"), $"duplicate rubric item '{id}'");
            var section = ChallengeLoader.Text(item, file, "section");
            if (worksheet.All(q => q.Section != section))
                throw new ContentException(file, ChallengeLoader.Line(item, "section"), $"rubric item '{id}' links to '{section}', which is not a section of this worksheet");
            var concepts = ChallengeLoader.List(item, file, "concepts")
                .Select(c => (IReadOnlyList<string>)c.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .ToList();
            if (concepts.Count == 0 || concepts.Any(c => c.Count == 0))
                throw new ContentException(file, ChallengeLoader.Line(item, "concepts"), $"rubric item '{id}' needs 'concepts': words that show it is covered");
            var needText = ChallengeLoader.OptionalText(item, "need") ?? "1";
            if (!int.TryParse(needText, out var need) || need < 1 || need > concepts.Count)
                throw new ContentException(file, ChallengeLoader.Line(item, "need"), $"'need' must be between 1 and the number of concepts ({concepts.Count})");
            items.Add(new RubricItem(id, section, ChallengeLoader.Text(item, file, "point"), concepts, need, line));
        }
        return items;
    }

    private static Diagram ReadDiagram(YamlMappingNode root, string file)
    {
        if (ChallengeLoader.Child(root, "diagram") is not YamlMappingNode diagram)
            throw new ContentException(file, ChallengeLoader.Line(root, "diagram"), "'diagram' with 'nodes' and 'edges' is required");
        var nodes = new List<DiagramNode>();
        if (ChallengeLoader.Child(diagram, "nodes") is not YamlSequenceNode nodeList || nodeList.Children.Count == 0)
            throw new ContentException(file, ChallengeLoader.Line(diagram, "nodes"), "diagram needs 'nodes'");
        foreach (var node in nodeList.Children.OfType<YamlMappingNode>())
        {
            var id = ChallengeLoader.Text(node, file, "id");
            if (nodes.Any(n => n.Id == id)) throw new ContentException(file, YamlValues.Line(node), $"duplicate diagram node '{id}'");
            var kind = ChallengeLoader.Text(node, file, "kind", "service");
            if (!Diagram.Kinds.Contains(kind))
                throw new ContentException(file, ChallengeLoader.Line(node, "kind"), $"unknown node kind '{kind}' (known: {string.Join(", ", Diagram.Kinds)})");
            nodes.Add(new DiagramNode(id, ChallengeLoader.Text(node, file, "label", id), kind));
        }
        var edges = new List<DiagramEdge>();
        if (ChallengeLoader.Child(diagram, "edges") is YamlSequenceNode edgeList)
        {
            foreach (var edge in edgeList.Children.OfType<YamlMappingNode>())
            {
                var from = ChallengeLoader.Text(edge, file, "from");
                var to = ChallengeLoader.Text(edge, file, "to");
                foreach (var (end, key) in new[] { (from, "from"), (to, "to") })
                {
                    if (nodes.All(n => n.Id != end))
                        throw new ContentException(file, ChallengeLoader.Line(edge, key), $"edge {key} '{end}', which is not a node");
                }
                edges.Add(new DiagramEdge(from, to, ChallengeLoader.OptionalText(edge, "label")));
            }
        }
        return new Diagram(nodes, edges);
    }
}
