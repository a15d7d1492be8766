using PyPrep.Core.Content;
using PyPrep.Core.Grading.Complexity;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Bench.Complexity;

/// <summary>Reads tests/complexity-corpus (its README.md describes the format).</summary>
internal static class CorpusLoader
{
    public static List<CorpusFamily> Load(string corpus, string contentRoot)
    {
        var families = new List<CorpusFamily>();
        foreach (var folder in Directory.GetDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "family.yaml");
            if (!File.Exists(file)) continue;
            var yaml = new YamlStream();
            using (var reader = new StreamReader(file)) yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            var name = Path.GetFileName(folder);
            ComplexityProblem problem;
            if (Scalar(root, "challenge") is { } slug)
            {
                problem = ComplexityProblem.From(ChallengeLoader.Load(Path.Combine(contentRoot, "challenges", slug)));
            }
            else
            {
                problem = new ComplexityProblem
                {
                    Slug = name,
                    Entry = Scalar(root, "entry") ?? throw new InvalidDataException($"{file}: 'entry' missing"),
                    Generator = File.ReadAllText(Path.Combine(folder, "generator.py")),
                    References = Items(root, "references", file)
                        .Select(i => new ComplexityProblem.ReferenceCode(i.File, File.ReadAllText(Path.Combine(folder, "references", i.File)), i.Class))
                        .ToList(),
                };
            }
            var solutions = Items(root, "solutions", file)
                .Select(i => new CorpusSolution($"{name}/{i.File}", File.ReadAllText(Path.Combine(folder, "solutions", i.File)), i.Class))
                .ToList();
            families.Add(new CorpusFamily(name, problem, solutions));
        }
        return families;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static IEnumerable<(string File, ComplexityClass Class)> Items(YamlMappingNode root, string key, string file)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(key), out var list) || list is not YamlSequenceNode sequence) yield break;
        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            var name = Scalar(item, "file") ?? throw new InvalidDataException($"{file}:{item.Start.Line}: 'file' missing");
            if (!ComplexityLabels.TryParse(Scalar(item, "complexity"), out var complexity))
                throw new InvalidDataException($"{file}:{item.Start.Line}: unknown complexity '{Scalar(item, "complexity")}'");
            yield return (name, complexity);
        }
    }
}
