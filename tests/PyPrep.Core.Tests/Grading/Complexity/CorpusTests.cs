using PyPrep.Core.Grading.Complexity;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Tests.Grading.Complexity;

/// <summary>The labelled corpus the complexity benchmark runs (tests/complexity-corpus) stays well formed.</summary>
public sealed class CorpusTests
{
    private static readonly string Corpus = Path.Combine(RepositoryRoot(), "tests", "complexity-corpus");

    [Fact]
    public void The_corpus_has_at_least_sixty_labelled_solutions_across_every_coarse_class()
    {
        var labels = Families().SelectMany(f => Entries(f, "solutions")).Select(e => e.Class).ToList();
        Assert.True(labels.Count >= 60, $"only {labels.Count} labelled solutions");
        foreach (var complexity in ComplexityLabels.All)
            Assert.Contains(complexity, labels);
    }

    [Fact]
    public void Every_listed_file_exists_and_every_family_has_a_generator()
    {
        foreach (var family in Families())
        {
            var root = Load(family);
            var fromChallenge = root.Children.ContainsKey(new YamlScalarNode("challenge"));
            Assert.True(fromChallenge || File.Exists(Path.Combine(family, "generator.py")), $"{family}: generator.py missing");
            foreach (var (file, _) in Entries(family, "solutions"))
                Assert.True(File.Exists(Path.Combine(family, "solutions", file)), $"{family}/solutions/{file} missing");
            foreach (var (file, _) in Entries(family, "references"))
                Assert.True(File.Exists(Path.Combine(family, "references", file)), $"{family}/references/{file} missing");
        }
    }

    [Fact]
    public void The_corpus_covers_the_functions_the_issue_names()
    {
        var code = string.Join("\n", Directory.GetFiles(Corpus, "*.py", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var needle in new[] { "bisect", "sorted(", "heapq", "deque", "index_of = {}" })
            Assert.Contains(needle, code, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Families() =>
        Directory.GetDirectories(Corpus).Where(d => File.Exists(Path.Combine(d, "family.yaml"))).Order(StringComparer.Ordinal);

    private static YamlMappingNode Load(string family)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(family, "family.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<(string File, ComplexityClass Class)> Entries(string family, string key)
    {
        if (!Load(family).Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode list) yield break;
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            var file = ((YamlScalarNode)item.Children[new YamlScalarNode("file")]).Value!;
            var label = ((YamlScalarNode)item.Children[new YamlScalarNode("complexity")]).Value;
            Assert.True(ComplexityLabels.TryParse(label, out var complexity), $"{family}: {file} has unknown label '{label}'");
            yield return (file, complexity);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PyPrep.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found");
    }
}
