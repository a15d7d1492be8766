using System.Text.Json.Nodes;
using PyPrep.Cli.Tests.Support;

namespace PyPrep.Cli.Tests.Grading;

public sealed class CheckCommandTests
{
    private const string Optimal = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n";

    [Fact]
    public async Task An_accepted_solution_exits_zero_with_the_json_contract()
    {
        var result = await CliProcess.RunAsync("check", "two-sum", CliProcess.TempFile(Optimal), "--json", "--no-complexity");
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("two-sum", (string?)json["challenge"]);
        Assert.Equal("accepted", (string?)json["verdict"]);
        Assert.Equal((int?)json["total"], (int?)json["passed"]);
        Assert.True(json["cases"]!.AsArray().Count >= 25);
        foreach (var item in json["cases"]!.AsArray())
        {
            Assert.NotNull(item!["id"]);
            Assert.Equal("passed", (string?)item["status"]);
            Assert.NotNull(item["time_ms"]);
            Assert.Equal((bool)item["hidden"]!, item["input"] is null);
        }
        Assert.NotNull(json["style"]);
        Assert.True(json.AsObject().ContainsKey("complexity"));
    }

    [Fact]
    public async Task A_wrong_solution_exits_one_and_shows_the_diff()
    {
        var result = await CliProcess.RunAsync("check", "two-sum", CliProcess.TempFile("def two_sum(nums, target):\n    return [0, 0]\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("wrong_answer", result.Stdout);
        Assert.Contains("expected  [0, 1]", result.Stdout);
        Assert.Contains("actual    [0, 0]", result.Stdout);
        Assert.Contains("why       missing 1; unexpected 0", result.Stdout);
    }

    [Fact]
    public async Task A_subclass_of_int_fails_with_a_reason_and_hidden_cases_keep_their_answers_hidden()
    {
        const string subclass = "class MyInt(int):\n    pass\n\n" +
            "def coin_change(coins, amount):\n    best = [0] + [amount + 1] * amount\n    for a in range(1, amount + 1):\n" +
            "        for c in coins:\n            if c <= a:\n                best[a] = min(best[a], best[a - c] + 1)\n" +
            "    return MyInt(best[amount] if best[amount] <= amount else -1)\n";
        var result = await CliProcess.RunAsync("check", "coin-change", CliProcess.TempFile(subclass), "--json", "--no-complexity");

        Assert.Equal(1, result.ExitCode);
        var cases = JsonNode.Parse(result.Stdout)!["cases"]!.AsArray();
        var visible = cases.First(c => !(bool)c!["hidden"]!)!;
        Assert.Equal("wrong_answer", (string?)visible["status"]);
        Assert.Equal((string?)visible["expected"], (string?)visible["actual"]);
        Assert.Contains("int expected, got a MyInt", (string?)visible["error"]);
        var hidden = cases.First(c => (bool)c!["hidden"]!)!;
        Assert.Contains("int expected, got a MyInt", (string?)hidden["error"]);
        Assert.DoesNotContain("(got", (string?)hidden["error"]);
    }

    [Theory]
    [InlineData("no-such-challenge", "ok", "unknown challenge 'no-such-challenge'")]
    [InlineData("two-sum", "missing", "file not found")]
    [InlineData("two-sum", "empty", "is empty")]
    [InlineData("two-sum", "binary", "is not UTF-8 text")]
    public async Task Bad_input_gets_one_clear_line_and_exit_code_two(string slug, string file, string message)
    {
        var path = file switch
        {
            "missing" => "/nonexistent/solution.py",
            "empty" => CliProcess.TempFile("  \n"),
            "binary" => WriteBytes([0xff, 0xfe, 0x00, 0xc3]),
            _ => CliProcess.TempFile(Optimal),
        };
        var result = await CliProcess.RunAsync("check", slug, path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_challenge_list_has_the_contract_fields()
    {
        var result = await CliProcess.RunAsync("challenges", "--json");
        Assert.Equal(0, result.ExitCode);
        var list = JsonNode.Parse(result.Stdout)!.AsArray();
        var twoSum = list.Single(c => (string?)c!["slug"] == "two-sum")!;
        Assert.Equal("easy", (string?)twoSum["difficulty"]);
        Assert.Equal("junior", (string?)twoSum["level"]);
        foreach (var key in new[] { "title", "topics", "patterns", "roles" }) Assert.NotNull(twoSum[key]);
    }

    [Fact]
    public async Task Show_writes_the_starter_and_refuses_to_overwrite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"starter-{Guid.NewGuid():N}.py");
        var first = await CliProcess.RunAsync("show", "two-sum", "--starter", path);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("def two_sum(", File.ReadAllText(path));
        var second = await CliProcess.RunAsync("show", "two-sum", "--starter", path);
        Assert.Equal(2, second.ExitCode);
    }

    private static string WriteBytes(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pyprep-cli-{Guid.NewGuid():N}.py");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
