using System.Globalization;
using PyPrep.Core.Behavioral;
using Spectre.Console;

namespace PyPrep.Cli.Behavioral;

/// <summary>The STAR report for a terminal: parts, score lines, and the three changes worth most.</summary>
internal static class StarReportView
{
    public static void Write(IAnsiConsole console, StarReport report)
    {
        var colour = report.Band switch { StarBand.Strong => "green", StarBand.Fair => "yellow", _ => "red" };
        console.MarkupLine($"[bold {colour}]{report.Score}/100 ({report.Band.ToString().ToLowerInvariant()})[/]  " +
            Markup.Escape(string.Format(CultureInfo.InvariantCulture, "{0} words, about {1:0.0} minutes", report.Words, report.SpeakingMinutes)));

        var parts = new Table().Border(TableBorder.Rounded).AddColumns("part", "found", "words");
        foreach (var part in report.Parts)
        {
            var found = !part.Present ? "[red]missing[/]" : part.Thin ? "[yellow]thin[/]" : "[green]yes[/]";
            parts.AddRow(part.Part.ToString(), found, part.Words.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(parts);

        var score = new Table().Border(TableBorder.Rounded).AddColumns("criterion", "points", "finding");
        foreach (var item in report.Breakdown)
            score.AddRow(StarReportJson.Key(item.Criterion), $"{item.Earned}/{item.Max}", Markup.Escape(item.Finding));
        console.Write(score);

        if (report.Advice.Count == 0)
        {
            console.MarkupLine("[green]Nothing to change: rehearse it aloud and keep it under 2.5 minutes.[/]");
            return;
        }
        console.MarkupLine("[bold]Three changes worth the most:[/]");
        var n = 1;
        foreach (var advice in report.Advice) console.MarkupLine($"  {n++}. {Markup.Escape(advice)}");
    }
}
