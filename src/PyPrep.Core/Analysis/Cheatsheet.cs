using PyPrep.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Core.Analysis;

/// <summary>
/// The Pythonic-vs-anti-pattern cheat sheet, kept as content (<c>content/cheatsheet.yaml</c>) so
/// the CLI and the web app show the same rows, each linked to the style rule that catches it.
/// </summary>
public static class Cheatsheet
{
    public const string FileName = "cheatsheet.yaml";

    /// <summary>Reads the sheet from a content folder; a malformed row is a <see cref="ContentException"/> naming file and line.</summary>
    public static IReadOnlyList<CheatsheetRow> Load(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path)) throw new ContentException(path, 0, "cheat sheet not found");
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ContentException(path, (int)e.Start.Line, e.Message);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("rows"), out var rowsNode) || rowsNode is not YamlSequenceNode rows)
            throw new ContentException(path, 1, "expected a top-level 'rows' list");

        var result = new List<CheatsheetRow>();
        foreach (var item in rows)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode row) throw new ContentException(path, line, "each row is a mapping");
            string Field(string name) =>
                row.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text }
                    ? text
                    : throw new ContentException(path, line, $"row needs '{name}'");
            var rule = Field("rule");
            if (StyleRules.Find(rule) is null) throw new ContentException(path, line, $"unknown rule '{rule}'");
            result.Add(new CheatsheetRow(Field("task"), Field("pythonic"), Field("anti_pattern"), rule, Field("why")));
        }
        return result;
    }
}
