using System.Text.Json.Nodes;
using PyPrep.Cli.Tests.Support;
using PyPrep.Core.Patterns;

namespace PyPrep.Cli.Tests.Challenges;

public sealed class ChallengesCommandTests
{
    [Fact]
    public async Task The_path_as_json_has_the_patterns_in_order_then_the_language_stage()
    {
        var result = await CliProcess.RunAsync("challenges", "--path", "--json");

        Assert.Equal(0, result.ExitCode);
        var stages = JsonNode.Parse(result.Stdout)!.AsArray();
        var patterns = stages.Select(s => (string?)s!["pattern"]).ToList();
        Assert.Equal(PatternCatalog.Names, patterns.OfType<string>());
        Assert.Null(patterns[^1]);
        var slugs = stages.SelectMany(s => s!["challenges"]!.AsArray()).Select(c => (string?)c!["slug"]).ToList();
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Contains("word-search-ii", slugs);
    }

    [Fact]
    public async Task The_path_in_the_terminal_numbers_every_step_under_its_stage()
    {
        var result = await CliProcess.RunAsync("challenges", "--path", "--pattern", "backtracking");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Backtracking", result.Stdout);
        Assert.DoesNotContain("Arrays and hashing", result.Stdout);
        Assert.Matches(@"1\s+\S+\s+(easy|medium|hard)", result.Stdout);
        Assert.Contains("in 1 stage(s)", result.Stdout);
    }

    [Fact]
    public async Task Pattern_and_role_filters_combine()
    {
        var result = await CliProcess.RunAsync("challenges", "--pattern", "advanced-graphs", "--role", "data", "--json");

        Assert.Equal(0, result.ExitCode);
        var list = JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.NotEmpty(list);
        Assert.All(list, c =>
        {
            Assert.Contains("advanced-graphs", c!["patterns"]!.AsArray().Select(p => (string?)p));
            Assert.Contains("data", c["roles"]!.AsArray().Select(p => (string?)p));
        });
    }

    [Fact]
    public async Task A_misspelt_pattern_is_bad_input_naming_the_categories()
    {
        var result = await CliProcess.RunAsync("challenges", "--pattern", "trie");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown pattern 'trie'", result.Stderr);
        Assert.Contains("tries", result.Stderr);
    }

    [Fact]
    public async Task The_piped_list_is_one_tab_separated_line_per_challenge_with_whole_slugs()
    {
        var result = await CliProcess.RunAsync("challenges");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Trim().Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        var slugs = rows.Select(r => r[0]).ToList();
        Assert.Contains("add-and-search-words", slugs);
        Assert.Contains(rows, r => r[0] == "two-sum" && r[2] == "easy" && r[3] == "junior");
    }
}
