using System.Text.RegularExpressions;

namespace PyPrep.Bench.Style;

/// <summary>A corpus file and the findings it must produce: (rule, line) pairs from <c># expect: RULE</c> comments.</summary>
internal sealed partial record LabelledSnippet(string Path, string Code, IReadOnlySet<(string Rule, int Line)> Expected)
{
    public static IReadOnlyList<LabelledSnippet> LoadAll(string folder) =>
        Directory.GetFiles(folder, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Load).ToList();

    private static LabelledSnippet Load(string path)
    {
        var code = File.ReadAllText(path);
        var expected = new HashSet<(string, int)>();
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ExpectComment().Match(lines[i]);
            if (!match.Success) continue;
            foreach (var rule in match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                expected.Add((rule, i + 1));
        }
        return new LabelledSnippet(path, code, expected);
    }

    [GeneratedRegex(@"#\s*expect:\s*([a-z\-, ]+)\s*$")]
    private static partial Regex ExpectComment();
}
