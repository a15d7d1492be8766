using System.Xml;
using PyPrep.Core.Design;

namespace PyPrep.Core.Tests.Design;

public sealed class DesignBankTests
{
    private static readonly DesignBank Bank = DesignBank.Load(RepoPaths.Content);

    [Fact]
    public void The_shipped_scenarios_load_without_problems()
    {
        Assert.Empty(Bank.Errors);
        Assert.True(Bank.Scenarios.Count >= 8);
    }

    [Fact]
    public void Every_shipped_scenario_passes_validation_apart_from_companions()
    {
        var slugs = Bank.Scenarios.SelectMany(s => s.Companions).ToHashSet();
        Assert.All(Bank.Scenarios, s => Assert.Empty(DesignValidator.Check(s, slugs)));
    }

    [Fact]
    public void Every_diagram_renders_to_well_formed_svg()
    {
        foreach (var scenario in Bank.Scenarios)
        {
            var document = new XmlDocument();
            document.LoadXml(DiagramSvg.Render(scenario.Diagram, scenario.Title));
            Assert.Equal("svg", document.DocumentElement!.LocalName);
            Assert.Equal(scenario.Diagram.Nodes.Count, document.GetElementsByTagName("rect").Count);
        }
    }

    [Fact]
    public void Labels_with_markup_characters_are_escaped()
    {
        var diagram = new Diagram([new DiagramNode("a", "<A & B>", "service"), new DiagramNode("b", "\"B\"", "store")],
            [new DiagramEdge("a", "b", "x < y")]);
        var document = new XmlDocument();
        document.LoadXml(DiagramSvg.Render(diagram));
        Assert.Contains("<A & B>", document.DocumentElement!.InnerText);
    }

    [Fact]
    public void A_rubric_item_linked_to_an_unknown_section_is_reported_at_its_line()
    {
        using var folder = new TempContent();
        var source = File.ReadAllText(Path.Combine(RepoPaths.Content, "design", "rate-limiter", "scenario.yaml"));
        var broken = source.Replace("slug: rate-limiter", "slug: broken").Replace("    section: api\n", "    section: apis\n");
        var file = folder.Write("design/broken/scenario.yaml", broken);
        File.Copy(Path.Combine(RepoPaths.Content, "design", "rate-limiter", "reference.md"), Path.Combine(folder.Root, "design", "broken", "reference.md"));
        var error = Assert.Single(DesignBank.Load(folder.Root).Errors);
        Assert.Equal(file, error.File);
        var expectedLine = broken.Split('\n').ToList().FindIndex(l => l == "    section: apis") + 1;
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("not a section of this worksheet", error.Message);
    }

    [Fact]
    public void No_arrow_of_a_shipped_diagram_runs_through_a_box_it_does_not_connect()
    {
        Assert.All(Bank.Scenarios, s => Assert.Empty(ArrowsThroughBoxes(DiagramSvg.Render(s.Diagram, s.Title))));
    }

    [Fact]
    public void An_arrow_that_skips_a_column_goes_around_the_box_in_it()
    {
        var diagram = new Diagram([new DiagramNode("a", "A", "service"), new DiagramNode("b", "B", "service"), new DiagramNode("c", "C", "store")],
            [new DiagramEdge("a", "b", null), new DiagramEdge("b", "c", null), new DiagramEdge("a", "c", "direct")]);
        Assert.Empty(ArrowsThroughBoxes(DiagramSvg.Render(diagram)));
    }

    /// <summary>Each path that passes inside a box other than the two it joins, sampled along its curves.</summary>
    private static List<string> ArrowsThroughBoxes(string svg)
    {
        var document = new XmlDocument();
        document.LoadXml(svg);
        var boxes = document.GetElementsByTagName("rect").Cast<XmlElement>()
            .Select(r => (X: Number(r, "x"), Y: Number(r, "y"), W: Number(r, "width"), H: Number(r, "height"))).ToList();
        var crossings = new List<string>();
        foreach (var path in document.GetElementsByTagName("path").Cast<XmlElement>().Where(p => p.GetAttribute("stroke-width") == "1.5"))
        {
            var points = Sample(path.GetAttribute("d"));
            bool Touches((double X, double Y, double W, double H) b, (double X, double Y) p) =>
                p.X >= b.X - 1 && p.X <= b.X + b.W + 1 && p.Y >= b.Y - 1 && p.Y <= b.Y + b.H + 1;
            foreach (var box in boxes.Where(b => !Touches(b, points[0]) && !Touches(b, points[^1])))
            {
                if (points.Any(p => p.X > box.X + 2 && p.X < box.X + box.W - 2 && p.Y > box.Y + 2 && p.Y < box.Y + box.H - 2))
                    crossings.Add($"{path.GetAttribute("d")} crosses the box at {box.X},{box.Y}");
            }
        }
        return crossings;
    }

    // "M x y C x y, x y, x y L x y ...": the points of every segment, 40 to a curve.
    private static List<(double X, double Y)> Sample(string d)
    {
        var tokens = d.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double N(int i) => double.Parse(tokens[i], System.Globalization.CultureInfo.InvariantCulture);
        var points = new List<(double X, double Y)>();
        for (var i = 0; i < tokens.Length;)
        {
            switch (tokens[i])
            {
                case "M" or "L":
                    points.Add((N(i + 1), N(i + 2)));
                    i += 3;
                    break;
                case "C":
                    var (x0, y0) = points[^1];
                    for (var t = 0.025; t <= 1.0001; t += 0.025)
                    {
                        double B(double a, double b, double c, double e) => Math.Pow(1 - t, 3) * a + 3 * Math.Pow(1 - t, 2) * t * b + 3 * (1 - t) * t * t * c + t * t * t * e;
                        points.Add((B(x0, N(i + 1), N(i + 3), N(i + 5)), B(y0, N(i + 2), N(i + 4), N(i + 6))));
                    }
                    i += 7;
                    break;
                default:
                    throw new FormatException($"unexpected path command {tokens[i]} in {d}");
            }
        }
        // Straight segments are sampled too.
        return points.Zip(points.Skip(1)).SelectMany(p => Enumerable.Range(0, 20).Select(k => (p.First.X + (p.Second.X - p.First.X) * k / 20, p.First.Y + (p.Second.Y - p.First.Y) * k / 20))).Append(points[^1]).ToList();
    }

    private static double Number(XmlElement element, string name) =>
        double.Parse(element.GetAttribute(name), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Arrows_that_close_a_cycle_do_not_push_boxes_right_forever()
    {
        var diagram = new Diagram([new DiagramNode("a", "A", "service"), new DiagramNode("b", "B", "service")],
            [new DiagramEdge("a", "b", null), new DiagramEdge("b", "a", "back")]);
        var document = new XmlDocument();
        document.LoadXml(DiagramSvg.Render(diagram));
        Assert.Equal("478", document.DocumentElement!.GetAttribute("width")); // two columns: 24 + 160 + 110 + 160 + 24
    }
}
