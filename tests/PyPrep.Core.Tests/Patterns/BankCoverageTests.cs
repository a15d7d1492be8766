using PyPrep.Core.Content;
using PyPrep.Core.Patterns;
using static PyPrep.Core.Tests.Patterns.SampleChallenges;

namespace PyPrep.Core.Tests.Patterns;

public sealed class BankCoverageTests
{
    [Fact]
    public void Every_category_is_listed_in_learning_order_even_when_empty()
    {
        var coverage = BankCoverage.Of([Make("a", patterns: ["tries"])]);

        Assert.Equal(PatternCatalog.Names, coverage.Patterns.Select(p => p.Name));
        Assert.Equal(18, coverage.Patterns.Count);
        Assert.Equal(1, coverage.Patterns.Single(p => p.Name == "tries").Count);
        Assert.Equal(0, coverage.Patterns.Single(p => p.Name == "greedy").Count);
    }

    [Fact]
    public void A_challenge_with_two_patterns_counts_under_both_and_one_with_none_is_counted_apart()
    {
        var coverage = BankCoverage.Of([
            Make("a", patterns: ["binary-search", "trees"]),
            Make("b", patterns: ["trees"]),
            Make("c"),
        ]);

        Assert.Equal(3, coverage.Total);
        Assert.Equal(1, coverage.Patterns.Single(p => p.Name == "binary-search").Count);
        Assert.Equal(2, coverage.Patterns.Single(p => p.Name == "trees").Count);
        Assert.Equal(1, coverage.WithoutPattern);
    }

    [Fact]
    public void Levels_are_all_three_and_roles_are_those_the_bank_uses()
    {
        var coverage = BankCoverage.Of([
            Make("a", level: Level.Mid, roles: ["data", "general"]),
            Make("b", level: Level.Mid, roles: ["backend", "general"]),
            Make("c", level: Level.Senior, roles: ["general", "general"]),
        ]);

        Assert.Equal([new("junior", 0), new("mid", 2), new("senior", 1)], coverage.Levels);
        Assert.Equal([new("backend", 1), new("data", 1), new("general", 3)], coverage.Roles);
    }

    [Fact]
    public void A_category_below_three_is_short_and_becomes_one_problem_each()
    {
        var full = PatternCatalog.Names.SelectMany(p => Enumerable.Range(0, 3).Select(i => Make($"{p}-{i}", patterns: [p]))).ToList();
        Assert.Empty(BankCoverage.Of(full).ShortPatterns);

        var missing = full.Where(c => c.Slug != "tries-0" && !c.Slug.StartsWith("greedy", StringComparison.Ordinal)).ToList();
        var coverage = BankCoverage.Of(missing);

        Assert.Equal([new("tries", 2), new("greedy", 0)], coverage.ShortPatterns);
        var problems = coverage.Problems("/content/challenges");
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("/content/challenges", p.File));
        Assert.Contains("pattern 'tries' has 2 challenge(s); every category needs at least 3", problems[0].Message);
    }

    [Fact]
    public void The_real_bank_covers_every_category_at_least_three_times()
    {
        var bank = ContentBank.Load(ContentBank.LocateRoot());

        Assert.Empty(BankCoverage.Of(bank.Challenges).ShortPatterns);
    }
}
