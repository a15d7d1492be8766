using PyPrep.Core.Analysis;
using Spectre.Console;

namespace PyPrep.Cli.Style;

/// <summary>Style findings for people: where, the candidate's line, why it matters, the rewrite.</summary>
internal static class StyleView
{
    public static void Write(IAnsiConsole console, string file, string code, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            console.MarkupLine($"[green]✔[/] {Markup.Escape(file)}: Pythonic, nothing to point out");
            return;
        }
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        console.MarkupLine($"[yellow]{findings.Count} style note{(findings.Count == 1 ? "" : "s")}[/] for {Markup.Escape(file)}:");
        foreach (var finding in findings)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(file)}:{finding.Line}:{finding.Column + 1}[/] [cyan]{finding.Rule}[/]");
            if (finding.Line >= 1 && finding.Line <= lines.Length)
                console.MarkupLine($"  [red]-[/] {Markup.Escape(lines[finding.Line - 1].Trim())}");
            if (finding.Suggestion is { } suggestion)
            {
                foreach (var line in suggestion.Split('\n'))
                    console.MarkupLine($"  [green]+[/] {Markup.Escape(line)}");
            }
            console.MarkupLine($"  [grey]{Markup.Escape(finding.Message)}[/]");
        }
    }
}
