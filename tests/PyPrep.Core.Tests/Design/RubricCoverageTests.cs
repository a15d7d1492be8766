using PyPrep.Core.Design;

namespace PyPrep.Core.Tests.Design;

public sealed class RubricCoverageTests
{
    private static readonly DesignScenario Shortener = DesignBank.Load(RepoPaths.Content).Find("url-shortener")!;

    private static ItemCoverage Item(CoverageReport report, string id) => report.Items.Single(i => i.Item.Id == id);

    [Fact]
    public void An_empty_worksheet_covers_nothing()
    {
        var report = RubricCoverage.Evaluate(Shortener, new Worksheet("url-shortener", new Dictionary<string, string>()));
        Assert.Equal(0, report.Covered);
        Assert.All(report.Items, i => Assert.Equal(CoverageStatus.Missing, i.Status));
    }

    [Fact]
    public void The_reference_design_covers_its_whole_rubric()
    {
        var report = RubricCoverage.Evaluate(Shortener, Worksheet.FromMarkdown("url-shortener", Shortener.Reference));
        Assert.Equal(100, report.Percent);
    }

    [Fact]
    public void An_item_needing_two_concepts_is_not_covered_by_one()
    {
        var sheet = new Worksheet("url-shortener", new Dictionary<string, string> { ["caching"] = "Put Redis in front of the database." });
        var item = Item(RubricCoverage.Evaluate(Shortener, sheet), "redirect-cache");
        Assert.Equal(CoverageStatus.Missing, item.Status);
        Assert.Equal(["Redis"], item.Found);
        Assert.Equal(["ttl"], item.Missing);
    }

    [Fact]
    public void Words_match_whatever_their_case_hyphens_and_plurals()
    {
        var sheet = new Worksheet("url-shortener", new Dictionary<string, string> { ["rate-limiting"] = "A Token-Bucket per API key; answer 429." });
        Assert.Equal(CoverageStatus.Covered, Item(RubricCoverage.Evaluate(Shortener, sheet), "limit-creation").Status);
    }

    [Fact]
    public void A_point_made_in_the_wrong_section_is_reported_where_it_was_found()
    {
        var sheet = new Worksheet("url-shortener", new Dictionary<string, string> { ["storage"] = "Redis with a TTL holds hot codes." });
        var item = Item(RubricCoverage.Evaluate(Shortener, sheet), "redirect-cache");
        Assert.Equal(CoverageStatus.Elsewhere, item.Status);
        Assert.Equal("storage", item.FoundIn);
    }

    [Fact]
    public void Part_of_a_word_does_not_count() =>
        Assert.Equal(CoverageStatus.Missing, Item(RubricCoverage.Evaluate(Shortener,
            new Worksheet("url-shortener", new Dictionary<string, string> { ["auth"] = "tokenless access" })), "auth-keys").Status);

    [Fact]
    public void Markdown_headings_become_sections_and_other_text_becomes_notes()
    {
        var sheet = Worksheet.FromMarkdown("x", "intro\n## Data model\nlinks table\n## Something else\nmore\n");
        Assert.Equal("links table", sheet.Answer("data-model"));
        Assert.Equal("intro\nmore", sheet.Answer("notes"));
    }

    [Fact]
    public void The_json_report_names_each_item_with_its_status_and_evidence()
    {
        var sheet = new Worksheet("url-shortener", new Dictionary<string, string> { ["caching"] = "Redis, with a TTL of a day." });
        var json = CoverageReportJson.Build(RubricCoverage.Evaluate(Shortener, sheet));
        var item = json["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == "redirect-cache")!;
        Assert.Equal("covered", item["status"]!.GetValue<string>());
        Assert.Equal(["Redis", "TTL"], item["found"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(1, json["covered"]!.GetValue<int>());
    }
}
