using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;

namespace PyPrep.Cli.Challenges;

/// <summary>
/// A statement's Markdown for the terminal: the source is hard-wrapped near 90 columns, so lines of
/// one paragraph or list item are joined and re-wrapped at the terminal's width, word by word;
/// fenced code keeps its lines; <c>**bold**</c> is drawn bold and headings stand out.
/// </summary>
internal static partial class StatementView
{
    public static void Write(IAnsiConsole console, string markdown, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = Blocks(markdown.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Where(b => !(b.Kind == BlockKind.Heading && string.Equals(b.Text, title, StringComparison.OrdinalIgnoreCase))).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Code:
                    foreach (var line in block.Text.Split('\n')) console.WriteLine("  " + line);
                    break;
                case BlockKind.Heading:
                    console.MarkupLine($"[bold]{Inline(block.Text)}[/]");
                    break;
                case BlockKind.Item:
                    console.Write(new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(0).PadRight(1)).AddColumn(new GridColumn().PadLeft(0).PadRight(0))
                        .AddRow(new Text(block.Marker), new Markup(Inline(block.Text))));
                    break;
                default:
                    console.Write(new Markup(Inline(block.Text)));
                    console.WriteLine();
                    break;
            }
            // Items of one list sit together; everything else is set off by a blank line.
            var nextIsItem = i + 1 < blocks.Count && blocks[i + 1].Kind == BlockKind.Item;
            if (i + 1 < blocks.Count && !(block.Kind == BlockKind.Item && nextIsItem) && block.Kind != BlockKind.Heading) console.WriteLine();
        }
    }

    private enum BlockKind { Paragraph, Item, Heading, Code }

    private sealed record Block(BlockKind Kind, string Text, string Marker = "");

    private static List<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        var lines = markdown.Split('\n');
        StringBuilder? open = null;
        var kind = BlockKind.Paragraph;
        var marker = "";
        void Close()
        {
            if (open is not null) blocks.Add(new Block(kind, open.ToString(), marker));
            open = null;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                Close();
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i].TrimEnd());
                blocks.Add(new Block(BlockKind.Code, string.Join('\n', code)));
                continue;
            }
            if (trimmed.Length == 0)
            {
                Close();
                continue;
            }
            if (trimmed.StartsWith('#'))
            {
                Close();
                blocks.Add(new Block(BlockKind.Heading, trimmed.TrimStart('#').Trim()));
                continue;
            }
            if (ItemStart().Match(line) is { Success: true } item)
            {
                // A list item ends the paragraph or item before it; a blank line before a list is optional in Markdown.
                Close();
                kind = BlockKind.Item;
                marker = item.Groups["marker"].Value;
                open = new StringBuilder(item.Groups["text"].Value);
                continue;
            }
            if (open is null)
            {
                kind = BlockKind.Paragraph;
                marker = "";
                open = new StringBuilder(trimmed);
            }
            else
            {
                // A soft line break: the line continues the paragraph (or the list item it is indented under).
                open.Append(' ').Append(trimmed);
            }
        }
        Close();
        return blocks;
    }

    // Escapes markup, then draws **bold** as bold; `code` keeps its backticks so it reads as code.
    private static string Inline(string text) => Bold().Replace(Markup.Escape(text), "[bold]$1[/]");

    [GeneratedRegex(@"^\s*(?<marker>[-*+]|\d+[.)])\s+(?<text>.*)$")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
