using PyPrep.Core.Patterns;
using Spectre.Console;

namespace PyPrep.Cli.ContentCommands;

/// <summary>
/// The bank's coverage as compact tables side by side: challenges per pattern (a category below
/// the minimum in red), and per level and per role.
/// </summary>
internal static class CoverageView
{
    public static void Write(IAnsiConsole console, BankCoverage coverage)
    {
        var patterns = new Table().Border(TableBorder.Rounded).AddColumn("pattern").AddColumn(new TableColumn("n").RightAligned());
        foreach (var row in coverage.Patterns)
        {
            var count = row.Count < PatternCatalog.MinimumPerPattern
                ? $"[red]{row.Count} (needs {PatternCatalog.MinimumPerPattern})[/]"
                : row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            patterns.AddRow(Markup.Escape(row.Name), count);
        }
        patterns.AddRow("[grey](no pattern)[/]", $"[grey]{coverage.WithoutPattern}[/]");

        var levels = Counts("level", coverage.Levels);
        var roles = Counts("role", coverage.Roles);
        console.Write(new Columns(patterns, new Rows(levels, roles)) { Expand = false });
        console.MarkupLine($"[grey]{coverage.Total} challenge(s); one that lists several patterns or roles counts under each.[/]");
    }

    private static Table Counts(string title, IReadOnlyList<CoverageCount> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(title).AddColumn(new TableColumn("n").RightAligned());
        foreach (var row in rows) table.AddRow(Markup.Escape(row.Name), row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return table;
    }
}
