using System.Net;
using System.Text;
using PyPrep.Web.Features.Content;
using YamlDotNet.RepresentationModel;

namespace PyPrep.Web.Features.CheatSheet;

/// <summary>
/// Turns the cheat sheet's YAML tree into HTML without assuming its exact schema: a mapping
/// becomes headed sections (top level) or a definition list, a sequence a list, and text
/// Markdown (so code spans and fences render). Text that looks like code (several lines, or a
/// key named code/example/snippet) is shown as a Python block.
/// </summary>
internal sealed class CheatSheetRenderer(MarkdownRenderer markdown)
{
    private static readonly HashSet<string> CodeKeys = new(StringComparer.OrdinalIgnoreCase) { "code", "example", "examples", "snippet", "python" };

    public string Render(YamlNode root)
    {
        var html = new StringBuilder();
        if (root is YamlMappingNode top)
        {
            foreach (var (key, value) in top.Children)
            {
                html.Append("<section><h2>").Append(Encode(Scalar(key))).Append("</h2>");
                Node(html, value, Scalar(key), depth: 1);
                html.Append("</section>");
            }
        }
        else
        {
            html.Append("<section>");
            Node(html, root, "", depth: 0);
            html.Append("</section>");
        }
        return html.ToString();
    }

    private void Node(StringBuilder html, YamlNode node, string key, int depth)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                if (CodeKeys.Contains(key) || (text.Contains('\n') && depth > 1 && !text.Contains("```", StringComparison.Ordinal)))
                    html.Append("<pre><code class=\"language-python\">").Append(Encode(text.TrimEnd())).Append("</code></pre>");
                else
                    html.Append(markdown.ToHtml(text));
                break;
            case YamlSequenceNode sequence:
                html.Append("<ul>");
                foreach (var item in sequence.Children)
                {
                    html.Append("<li>");
                    Node(html, item, key, depth + 1);
                    html.Append("</li>");
                }
                html.Append("</ul>");
                break;
            case YamlMappingNode mapping:
                if (Title(mapping) is { } title) html.Append("<h3>").Append(Encode(title)).Append("</h3>");
                html.Append("<dl>");
                foreach (var (k, v) in mapping.Children)
                {
                    var name = Scalar(k);
                    if (name is "title" or "name" && v is YamlScalarNode) continue;
                    html.Append("<dt>").Append(Encode(name)).Append("</dt><dd>");
                    Node(html, v, name, depth + 1);
                    html.Append("</dd>");
                }
                html.Append("</dl>");
                break;
        }
    }

    private static string? Title(YamlMappingNode mapping) =>
        mapping.Children.FirstOrDefault(c => Scalar(c.Key) is "title" or "name").Value is YamlScalarNode { Value: { } title } ? title : null;

    private static string Scalar(YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : node.ToString();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
