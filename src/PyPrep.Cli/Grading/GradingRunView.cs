using PyPrep.Cli.Style;
using PyPrep.Core.Grading;
using Spectre.Console;

namespace PyPrep.Cli.Grading;

/// <summary>The human output of <c>check</c>: summary, case table, the first failures in detail, printed output, style notes.</summary>
internal static class GradingRunView
{
    private const int FailuresShown = 3;
    private const string Indent = "            ";

    public static void Write(IAnsiConsole console, GradingRun run, StyleSection? style = null)
    {
        var accepted = run.Verdict == Verdict.Accepted;
        var mark = accepted ? "[green]✔[/]" : "[red]✘[/]";
        var verdict = accepted ? "[green bold]accepted[/]" : $"[red bold]{VerdictNames.Name(run.Verdict)}[/]";
        console.MarkupLine($"{mark} [bold]{Markup.Escape(run.Challenge)}[/]: {verdict}, {run.Passed}/{run.Total} cases passed in {run.ElapsedMs:0} ms");
        if (run.Error is { } error)
        {
            console.MarkupLine($"  [red]{Markup.Escape(error)}[/]");
            WriteOutput(console, run);
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns(new TableColumn("case"), new TableColumn(""), new TableColumn("status"), new TableColumn("ms").RightAligned());
        foreach (var result in run.Cases)
        {
            table.AddRow(Markup.Escape(result.Id), result.Hidden ? "[grey]hidden[/]" : "", Status(result.Status),
                result.TimeMs.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(table);

        foreach (var failure in run.Cases.Where(c => !c.Passed).Take(FailuresShown))
        {
            console.Write(new Rule($"[red]{Markup.Escape(failure.Id)}[/]: {Markup.Escape(VerdictNames.Name(failure.Status, true))}").LeftJustified());
            if (failure.Hidden)
                console.MarkupLine("  [grey](hidden case: its input stays hidden; think about edge cases and large inputs)[/]");
            if (failure.Input is { } input) console.MarkupLine($"  input     {Markup.Escape(Shorten(input))}");
            WriteValues(console, failure);
            if (failure.Error is { } caseError)
            {
                if (failure.Status == Verdict.WrongAnswer)
                {
                    // The checker's reason, wrapped under itself rather than back at column 0.
                    console.Write(new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(7)).AddColumn(new GridColumn().PadLeft(0))
                        .AddRow(new Text("why"), new Markup($"[yellow]{Markup.Escape(caseError.TrimEnd())}[/]")));
                }
                else
                {
                    console.MarkupLine($"  [yellow]{Markup.Escape(caseError.TrimEnd())}[/]");
                }
            }
            if (failure.Stdout is { } stdout) console.MarkupLine($"  printed   {Markup.Escape(Shorten(stdout.TrimEnd()))}");
        }
        foreach (var note in run.Cases.Select(c => c.Note).OfType<string>().Distinct())
            console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        WriteOutput(console, run);
        if (style is { Findings.Count: > 0 })
        {
            console.WriteLine();
            StyleView.Write(console, style.File, style.Code, style.Findings);
        }
    }

    // Expected over actual, the first differing character marked, long values cut around it.
    private static void WriteValues(IAnsiConsole console, CaseResult failure)
    {
        var width = Math.Max(console.Profile.Width - Indent.Length - 1, 20);
        if (failure.Expected is { } expected && failure.Actual is { } actual)
        {
            var diff = DiffLines.From(expected.ToPython(), actual.ToPython(), width);
            console.MarkupLine($"  expected  [green]{Markup.Escape(diff.Expected)}[/]");
            console.MarkupLine($"  actual    [red]{Markup.Escape(diff.Actual)}[/]");
            if (diff.Caret is { } caret) console.MarkupLine($"{Indent}{new string(' ', caret)}[yellow]^[/]");
            return;
        }
        if (failure.Expected is { } onlyExpected) console.MarkupLine($"  expected  [green]{Markup.Escape(DiffLines.From(onlyExpected.ToPython(), "", width).Expected)}[/]");
        if (failure.Actual is { } onlyActual) console.MarkupLine($"  actual    [red]{Markup.Escape(DiffLines.From(onlyActual.ToPython(), "", width).Expected)}[/]");
    }

    private static void WriteOutput(IAnsiConsole console, GradingRun run)
    {
        var printed = run.Cases.FirstOrDefault(c => c.Stdout is not null && c.Passed);
        if (printed is not null)
            console.MarkupLine($"[grey]your print output (case {Markup.Escape(printed.Id)}):[/] {Markup.Escape(Shorten(printed.Stdout!.TrimEnd()))}");
        if (run.Output is { } output)
            console.MarkupLine($"[grey]other output:[/] {Markup.Escape(Shorten(output.TrimEnd()))}");
    }

    private static string Status(Verdict status) => status == Verdict.Accepted
        ? "[green]passed[/]"
        : $"[red]{VerdictNames.Name(status, true)}[/]";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";
}
