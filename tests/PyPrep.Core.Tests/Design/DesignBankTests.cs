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
    public void Arrows_that_close_a_cycle_do_not_push_boxes_right_forever()
    {
        var diagram = new Diagram([new DiagramNode("a", "A", "service"), new DiagramNode("b", "B", "service")],
            [new DiagramEdge("a", "b", null), new DiagramEdge("b", "a", "back")]);
        var document = new XmlDocument();
        document.LoadXml(DiagramSvg.Render(diagram));
        Assert.Equal("458", document.DocumentElement!.GetAttribute("width")); // two columns: 24 + 160 + 90 + 160 + 24
    }
}
