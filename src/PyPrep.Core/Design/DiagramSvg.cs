using System.Globalization;
using System.Security;
using System.Text;

namespace PyPrep.Core.Design;

/// <summary>
/// Draws a <see cref="Diagram"/> as a self-contained SVG, left to right: each node sits in the column
/// of the longest chain of arrows leading to it, boxes in a column keep their order in the file,
/// arrows that skip columns run along the gap between rows (never through a box), and arrows that
/// go back or stay in a column bend below the boxes. An arrow's label sits just before its head, on
/// a white halo, so fanned-out arrows and crossings never hide it. No fonts or scripts are fetched.
/// </summary>
public static class DiagramSvg
{
    private const int BoxWidth = 160, BoxHeight = 48, ColumnGap = 110, RowGap = 36, Margin = 24;

    /// <summary>The SVG document as text.</summary>
    public static string Render(Diagram diagram, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var column = Columns(diagram);
        var rows = new Dictionary<string, int>();
        foreach (var group in diagram.Nodes.GroupBy(n => column[n.Id]))
        {
            var row = 0;
            foreach (var node in group) rows[node.Id] = row++;
        }
        var columns = column.Values.DefaultIfEmpty(0).Max() + 1;
        var height = rows.Values.DefaultIfEmpty(0).Max() + 1;
        // A column is as wide as its longest label needs (about 7 px a character at 13 px), at least BoxWidth.
        var widths = Enumerable.Range(0, columns)
            .Select(c => Math.Max(BoxWidth, diagram.Nodes.Where(n => column[n.Id] == c).Select(n => n.Label.Length * 7 + 24).DefaultIfEmpty(0).Max()))
            .ToArray();
        var left = new int[columns];
        for (var c = 1; c < columns; c++) left[c] = left[c - 1] + widths[c - 1] + ColumnGap;
        var width = Margin * 2 + left[columns - 1] + widths[columns - 1];
        var pixelHeight = Margin * 2 + height * BoxHeight + (height - 1) * RowGap + 40;

        (double X, double Y) Box(string id) => (Margin + left[column[id]], Margin + rows[id] * (BoxHeight + RowGap));
        int W(string id) => widths[column[id]];

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {pixelHeight}\" width=\"{width}\" height=\"{pixelHeight}\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\">\n"));
        if (title is not null) svg.Append("  <title>").Append(Escape(title)).Append("</title>\n");
        svg.Append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");

        foreach (var edge in diagram.Edges)
        {
            var (fx, fy) = Box(edge.From);
            var (tx, ty) = Box(edge.To);
            string path;
            double lx, ly;
            var anchor = "middle";
            if (column[edge.To] > column[edge.From])
            {
                (double x1, double y1, double x2, double y2) = (fx + W(edge.From), fy + BoxHeight / 2.0, tx, ty + BoxHeight / 2.0);
                if (column[edge.To] == column[edge.From] + 1)
                {
                    path = Invariant($"M {x1} {y1} C {x1 + ColumnGap / 2.0} {y1}, {x2 - ColumnGap / 2.0} {y2}, {x2} {y2}");
                    (lx, ly, anchor) = (x2 - 8, y2 - 6, "end");
                }
                else
                {
                    // Through the skipped columns along the gap between rows nearest both ends.
                    var gap = Math.Clamp((int)Math.Round(((y1 + y2) / 2 - Margin + RowGap / 2.0) / (BoxHeight + RowGap)), 1, height);
                    var gy = Margin + gap * (BoxHeight + RowGap) - RowGap / 2.0;
                    var (xa, xb) = (Margin + left[column[edge.From] + 1], Margin + left[column[edge.To] - 1] + widths[column[edge.To] - 1]);
                    path = Invariant($"M {x1} {y1} C {x1 + ColumnGap / 2.0} {y1}, {xa - ColumnGap / 2.0} {gy}, {xa} {gy} L {xb} {gy} C {xb + ColumnGap / 2.0} {gy}, {x2 - ColumnGap / 2.0} {y2}, {x2} {y2}");
                    (lx, ly) = ((xa + xb) / 2, gy - 4);
                }
            }
            else
            {
                // Back or sideways arrows leave and enter through the bottom and bend below both boxes.
                (double x1, double y1, double x2, double y2) = (fx + W(edge.From) / 2.0 + 10, fy + BoxHeight, tx + W(edge.To) / 2.0 - 10, ty + BoxHeight);
                var low = Math.Max(y1, y2) + RowGap * 0.8;
                path = Invariant($"M {x1} {y1} C {x1} {low}, {x2} {low}, {x2} {y2}");
                (lx, ly) = ((x1 + x2) / 2, low + 2);
            }
            svg.Append(Invariant($"  <path d=\"{path}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n"));
            if (edge.Label is { Length: > 0 } label)
                svg.Append(Invariant($"  <text x=\"{lx}\" y=\"{ly}\" text-anchor=\"{anchor}\" font-size=\"11\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\">{Escape(label)}</text>\n"));
        }

        foreach (var node in diagram.Nodes)
        {
            var (x, y) = Box(node.Id);
            var (fill, stroke, radius) = Style(node.Kind);
            svg.Append(Invariant($"  <g class=\"node {node.Kind}\"><rect x=\"{x}\" y=\"{y}\" width=\"{W(node.Id)}\" height=\"{BoxHeight}\" rx=\"{radius}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"/>"));
            svg.Append(Invariant($"<text x=\"{x + W(node.Id) / 2.0}\" y=\"{y + BoxHeight / 2.0 + 4}\" text-anchor=\"middle\">{Escape(node.Label)}</text></g>\n"));
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    // Longest path from a node with no incoming arrow; arrows that would close a cycle are ignored.
    private static Dictionary<string, int> Columns(Diagram diagram)
    {
        var column = diagram.Nodes.ToDictionary(n => n.Id, _ => 0);
        var forward = diagram.Edges.Where(e => !ReachesBack(diagram, e)).ToList();
        for (var pass = 0; pass < diagram.Nodes.Count; pass++)
        {
            var changed = false;
            foreach (var edge in forward)
            {
                if (column[edge.To] < column[edge.From] + 1)
                {
                    column[edge.To] = column[edge.From] + 1;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return column;
    }

    // An edge closes a cycle when its target can already reach its source through earlier edges.
    private static bool ReachesBack(Diagram diagram, DiagramEdge edge)
    {
        var earlier = diagram.Edges.TakeWhile(e => !ReferenceEquals(e, edge)).ToList();
        var seen = new HashSet<string>();
        var stack = new Stack<string>([edge.To]);
        while (stack.Count > 0)
        {
            var at = stack.Pop();
            if (at == edge.From) return true;
            if (!seen.Add(at)) continue;
            foreach (var next in earlier.Where(e => e.From == at)) stack.Push(next.To);
        }
        return false;
    }

    private static (string Fill, string Stroke, int Radius) Style(string kind) => kind switch
    {
        "client" => ("#eef5ff", "#3b6fb6", 22),
        "store" => ("#fff4e0", "#b7791f", 2),
        "cache" => ("#fdecec", "#c53030", 2),
        "queue" => ("#f3ecff", "#6b46c1", 2),
        "worker" => ("#e9f7ef", "#2f855a", 8),
        "external" => ("#f2f2f2", "#777777", 8),
        _ => ("#ffffff", "#2d3748", 8),
    };

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
