using System.Globalization;
using System.Text;
using PyPrep.Core.Grading.Complexity;
using Spectre.Console;

namespace PyPrep.Cli.Grading;

/// <summary>
/// The human output of a complexity measurement: the verdict on growth in one line, then a small
/// log-log plot of time against n, the candidate's points over the reference curves.
/// </summary>
internal static class ComplexityView
{
    private const int Width = 56;
    private const int Height = 12;
    private static readonly char[] ReferenceMarks = ['a', 'b', 'c', 'd', 'e', 'f'];

    public static void Write(IAnsiConsole console, ComplexityReport report)
    {
        console.WriteLine();
        var expected = report.ExpectedLabel is { } label ? Markup.Escape(label) : null;
        if (report.Error is { } error && report.Samples.Count == 0)
        {
            console.MarkupLine($"[grey]growth: not measured: {Markup.Escape(error)}[/]");
            return;
        }
        var estimate = report.Estimate;
        var confidence = estimate.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        var how = estimate.Method == "reference" ? "compared with the reference solutions" : "curve fit";
        if (estimate.Class is { } c)
        {
            var colour = report.SlowerThanExpected ? "red" : "green";
            var against = expected is null ? "" : report.SlowerThanExpected ? $"; the optimal solution is [green]{expected}[/]" : $" (expected {expected})";
            console.MarkupLine($"growth: your solution grows like [{colour} bold]{ComplexityLabels.Label(c)}[/]{against}  [grey]confidence {confidence}, {how}[/]");
        }
        else
        {
            var closest = estimate.Closest is { } near ? $", closest {ComplexityLabels.Label(near)}" : "";
            console.MarkupLine($"growth: [yellow]not sure[/] ({Markup.Escape(estimate.Reason ?? "")}{closest}){(expected is null ? "" : $"; expected {expected}")}");
        }
        if (report.MemoryEstimate?.Class is { } memory && report.Memory.Count > 0)
        {
            var peak = report.Memory[^1];
            console.MarkupLine($"memory: peak grows like [bold]{ComplexityLabels.Label(memory)}[/] [grey]({Bytes(peak.Bytes)} at n={peak.N})[/]");
        }
        foreach (var line in Plot(report)) console.MarkupLine(line);
    }

    /// <summary>Rows of the plot, as markup: log2 n across, log10 seconds up.</summary>
    internal static IReadOnlyList<string> Plot(ComplexityReport report)
    {
        var series = new List<(char Mark, string Colour, IReadOnlyList<TimingPoint> Points)>();
        for (var i = 0; i < report.References.Count && i < ReferenceMarks.Length; i++)
            series.Add((ReferenceMarks[i], "grey", report.References[i].Points));
        series.Add(('●', "aqua", report.Samples));
        var all = series.SelectMany(s => s.Points).Where(p => p.Seconds > 0 && p.N > 0).ToList();
        if (report.Samples.Count < 2 || all.Count < 2) return [];

        double minX = all.Min(p => Math.Log2(p.N)), maxX = all.Max(p => Math.Log2(p.N));
        double minY = all.Min(p => Math.Log10(p.Seconds)), maxY = all.Max(p => Math.Log10(p.Seconds));
        if (maxX - minX < 1e-9) maxX = minX + 1;
        if (maxY - minY < 1e-9) maxY = minY + 1;
        var grid = new (char Mark, string Colour)[Height, Width];
        for (var r = 0; r < Height; r++)
            for (var c = 0; c < Width; c++) grid[r, c] = (' ', "");
        foreach (var (mark, colour, points) in series)
        {
            foreach (var p in points.Where(p => p.Seconds > 0 && p.N > 0))
            {
                var col = (int)Math.Round((Math.Log2(p.N) - minX) / (maxX - minX) * (Width - 1));
                var row = Height - 1 - (int)Math.Round((Math.Log10(p.Seconds) - minY) / (maxY - minY) * (Height - 1));
                grid[row, col] = (mark, colour);
            }
        }

        var lines = new List<string>();
        for (var r = 0; r < Height; r++)
        {
            var label = r == 0 ? Seconds(Math.Pow(10, maxY)) : r == Height - 1 ? Seconds(Math.Pow(10, minY)) : "";
            var row = new StringBuilder($"[grey]{label,9} │[/]");
            for (var c = 0; c < Width; c++)
            {
                var (mark, colour) = grid[r, c];
                row.Append(mark == ' ' ? " " : $"[{colour}]{Markup.Escape(mark.ToString())}[/]");
            }
            lines.Add(row.ToString());
        }
        lines.Add($"[grey]{"",9} └{new string('─', Width)}[/]");
        var left = $"n={(int)Math.Pow(2, minX)}";
        var right = $"n={(int)Math.Pow(2, maxX)}";
        lines.Add($"[grey]{"",11}{left}{new string(' ', Math.Max(1, Width - left.Length - right.Length))}{right}[/]");
        lines.Add($"{"",11}[aqua]●[/] yours");
        for (var i = 0; i < report.References.Count && i < ReferenceMarks.Length; i++)
        {
            var reference = report.References[i];
            lines.Add($"{"",11}[grey]{ReferenceMarks[i]} {Markup.Escape(reference.Name)} {ComplexityLabels.Label(reference.Class)}[/]");
        }
        return lines;
    }

    private static string Seconds(double s) => s switch
    {
        >= 1 => $"{s:0.##} s",
        >= 1e-3 => $"{s * 1e3:0.##} ms",
        >= 1e-6 => $"{s * 1e6:0.##} µs",
        _ => $"{s * 1e9:0} ns",
    };

    private static string Bytes(long b) => b switch
    {
        >= 1 << 20 => $"{b / 1048576.0:0.0} MB",
        >= 1 << 10 => $"{b / 1024.0:0.0} KB",
        _ => $"{b} B",
    };
}
