using PyPrep.Cli.Infrastructure;
using PyPrep.Core.Analysis;
using PyPrep.Core.Content;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PyPrep.Cli.Style;

/// <summary><c>pyprep cheatsheet</c>: the content's cheat sheet as a table, each row with the rule that catches the habit.</summary>
internal sealed class CheatsheetCommand : PyPrepCommand<CheatsheetCommand.Settings>
{
    public sealed class Settings : CommandSettings;

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<CheatsheetRow> rows;
        try
        {
            rows = Cheatsheet.Load(ContentBank.LocateRoot());
        }
        catch (ContentException e)
        {
            throw new InputException(e.Error.ToString());
        }
        var table = new Table().Border(TableBorder.Rounded).ShowRowSeparators().Expand()
            .AddColumns(new TableColumn("task"), new TableColumn("[green]Pythonic[/]"), new TableColumn("[red]instead of[/]"), new TableColumn("rule"));
        foreach (var row in rows)
        {
            table.AddRow(
                new Markup($"{Markup.Escape(row.Task)}\n[grey]{Markup.Escape(row.Why)}[/]"),
                new Markup($"[green]{Markup.Escape(row.Pythonic)}[/]"),
                new Markup($"[red]{Markup.Escape(row.AntiPattern)}[/]"),
                new Markup($"[cyan]{Markup.Escape(row.Rule)}[/]"));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]`pyprep lint FILE.py` points at these habits in your own code, with the rewrite.[/]");
        return Task.FromResult(ExitCodes.Ok);
    }
}
