using System.Text.Json.Nodes;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Analysis;

/// <summary>Style findings with the verdict and the registered complexity analyzer after it, for real.</summary>
public sealed class RealAnalyzerTests
{
    [Fact]
    public async Task An_accepted_submission_gets_style_findings_and_a_measured_complexity()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?>());
        var client = factory.CreateClient();
        // Correct, but with an anti-pattern the style rules name.
        const string code = "def two_sum(nums, target):\n    seen = {}\n    for i in range(len(nums)):\n        if target - nums[i] in seen:\n            return [seen[target - nums[i]], i]\n        seen[nums[i]] = i\n";

        var (_, verdict) = await Api.SubmitAsync(client, code);
        Assert.Equal("accepted", (string?)verdict["verdict"]);
        // Style comes with the verdict: the grading sandbox sent the syntax tree too.
        Assert.Contains(verdict["style"]!.AsArray(), f => (string?)f!["rule"] == "range-len-loop");

        // The first measurement also times the references.
        var body = await Api.UntilAnalysedAsync(client, verdict["id"], TimeSpan.FromMinutes(3));

        Assert.Equal("done", (string?)body["analysis"]);
        Assert.Contains(body["style"]!.AsArray(), f => (string?)f!["rule"] == "range-len-loop");
        var complexity = body["complexity"]!;
        Assert.Equal("O(n)", (string?)complexity["expected"]);
        Assert.NotEmpty(complexity["samples"]!.AsArray());
    }
}
