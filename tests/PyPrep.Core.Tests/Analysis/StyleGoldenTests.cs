using PyPrep.Core.Analysis;

namespace PyPrep.Core.Tests.Analysis;

/// <summary>Every rule against its golden examples (Golden/&lt;rule&gt;.yaml), bad and good.</summary>
public sealed class StyleGoldenTests(GoldenTrees trees) : IClassFixture<GoldenTrees>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var golden in GoldenCase.All) data.Add(golden.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_case_gives_exactly_its_findings(string id)
    {
        var golden = GoldenCase.All.Single(c => c.Id == id);
        var report = trees.For(golden);
        Assert.True(report.Analyzed, report.SyntaxError ?? report.Error);
        var actual = report.Findings;
        var shown = string.Join("\n", actual.Select(f => $"{f.Rule} {f.Line}:{f.Column} {f.Suggestion}"));
        Assert.True(golden.Findings.Count == actual.Count, $"expected {golden.Findings.Count} findings, got:\n{shown}");
        foreach (var expected in golden.Findings)
        {
            var match = actual.FirstOrDefault(f => f.Rule == expected.Rule && f.Line == expected.Line
                && (expected.Column is null || f.Column == expected.Column)
                && (expected.Suggestion is null || f.Suggestion == expected.Suggestion));
            Assert.True(match is not null, $"missing {expected}; got:\n{shown}");
        }
    }

    [Fact]
    public void Every_rule_has_golden_examples_both_ways()
    {
        foreach (var rule in StyleRules.Default)
        {
            Assert.Contains(GoldenCase.All, c => c.Rule == rule.Id && c.Kind == "bad");
            Assert.Contains(GoldenCase.All, c => c.Rule == rule.Id && c.Kind == "good");
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_kebab_case()
    {
        var ids = StyleRules.Default.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Every_finding_explains_itself_in_one_sentence()
    {
        Assert.All(StyleRules.Default, rule =>
        {
            Assert.EndsWith(".", rule.Why, StringComparison.Ordinal);
            Assert.DoesNotContain(". ", rule.Why, StringComparison.Ordinal);
        });
    }
}
