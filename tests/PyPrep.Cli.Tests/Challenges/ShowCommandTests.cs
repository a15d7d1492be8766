using PyPrep.Cli.Tests.Support;

namespace PyPrep.Cli.Tests.Challenges;

public sealed class ShowCommandTests
{
    [Fact]
    public async Task A_class_challenge_shows_the_class_and_its_methods()
    {
        var result = await CliProcess.RunAsync("show", "lru-cache");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Signature  class LRUCache", result.Stdout);
        Assert.Contains("def __init__(self, capacity: int)", result.Stdout);
        Assert.Contains("def get(self, key: int) -> int", result.Stdout);
        Assert.Contains("def put(self, key: int, value: int) -> None", result.Stdout);
    }

    [Fact]
    public async Task A_function_challenge_shows_its_signature()
    {
        var result = await CliProcess.RunAsync("show", "two-sum");
        Assert.Contains("Signature  def two_sum(", result.Stdout);
    }

    [Fact]
    public async Task The_statement_is_rewrapped_by_paragraph_not_broken_at_the_source_lines()
    {
        var result = await CliProcess.RunAsync("show", "lru-cache");
        var lines = result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        // In the source "used least" ends one line and "recently" starts the next.
        Assert.DoesNotContain(lines, l => l.Trim() is "recently**." or "recently.");
        Assert.Contains(lines, l => l.StartsWith("Design a fixed-size cache that, when full, throws out the entry that was", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"longer than 80 columns: {l}"));
        // Code blocks keep their lines.
        Assert.Contains("  cache.put(3, 3)   # full: evicts key 2, the least recently used", lines);
        // A list item keeps its marker and its soft-wrapped second line.
        Assert.Contains(lines, l => l.StartsWith("- get(key) -> int", StringComparison.Ordinal) || l.StartsWith("- `get(key) -> int`", StringComparison.Ordinal));
    }
}
