using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Tests.Analysis;

/// <summary>
/// One golden example from <c>Golden/&lt;rule&gt;.yaml</c>: Python code and the exact findings it
/// must produce. "bad" cases list their findings; "good" cases must stay silent.
/// </summary>
internal sealed record GoldenCase(string Rule, string Kind, string Name, string Code, IReadOnlyList<ExpectedFinding> Findings)
{
    public string Id => $"{Rule} {Kind}: {Name}";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Analysis", "Golden");

    public static IReadOnlyList<GoldenCase> All { get; } = Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Load).ToList();

    private static IEnumerable<GoldenCase> Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var rule = Scalar(root, "rule") ?? throw new InvalidDataException($"{path}: needs 'rule'");
        foreach (var kind in new[] { "bad", "good" })
        {
            if (!root.Children.TryGetValue(new YamlScalarNode(kind), out var list)) continue;
            foreach (var item in ((YamlSequenceNode)list).Cast<YamlMappingNode>())
            {
                var findings = item.Children.TryGetValue(new YamlScalarNode("findings"), out var f)
                    ? ((YamlSequenceNode)f).Cast<YamlMappingNode>().Select(m => new ExpectedFinding(
                        Scalar(m, "rule") ?? rule,
                        int.Parse(Scalar(m, "line")!, System.Globalization.CultureInfo.InvariantCulture),
                        Scalar(m, "column") is { } c ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null,
                        Scalar(m, "suggestion"))).ToList()
                    : [];
                if (kind == "good" && findings.Count > 0) throw new InvalidDataException($"{path}: a good case lists no findings");
                if (kind == "bad" && findings.Count == 0) throw new InvalidDataException($"{path}: a bad case needs findings");
                yield return new GoldenCase(rule, kind, Scalar(item, "name")!, Scalar(item, "code")!, findings);
            }
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
