using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PyPrep.Web.Features.Analysis;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Analysis;

public sealed class AnalysisSeamTests
{
    [Fact]
    public async Task The_verdict_comes_first_and_complexity_follows_as_pending_then_measured()
    {
        var analyzer = new GatedAnalyzer();
        using var factory = new PyPrepFactory(new Dictionary<string, string?>())
        {
            ExtraServices = services => services.RemoveAll<ISubmissionAnalyzer>().AddSingleton<ISubmissionAnalyzer>(analyzer),
        };
        var client = factory.CreateClient();

        var (_, verdict) = await Api.SubmitAsync(client, Api.Optimal);
        Assert.Equal("accepted", (string?)verdict["verdict"]);
        Assert.Equal("pending", (string?)verdict["analysis"]);
        Assert.Equal("pending", (string?)verdict["complexity"]!["status"]);
        await analyzer.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var (_, measuring) = await Api.GetAsync(client, $"/api/submissions/{verdict["id"]}");
        Assert.Equal("pending", (string?)measuring!["complexity"]!["status"]);
        Assert.Equal("running", (string?)measuring["complexity"]!["stage"]);

        analyzer.Gate.SetResult();
        var body = await Api.UntilAnalysedAsync(client, verdict["id"], TimeSpan.FromSeconds(30));

        Assert.Equal("done", (string?)body["analysis"]);
        Assert.Equal("done", (string?)body["complexity"]!["status"]);
        Assert.Equal("O(n)", (string?)body["complexity"]!["estimate"]);
        Assert.Equal("O(n)", (string?)body["complexity"]!["expected"]);
    }

    [Fact]
    public async Task An_analysis_that_throws_ends_failed_with_a_reason_instead_of_pending_for_ever()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?>())
        {
            ExtraServices = services => services.RemoveAll<ISubmissionAnalyzer>().AddSingleton<ISubmissionAnalyzer>(new ThrowingAnalyzer()),
        };
        var client = factory.CreateClient();

        var (_, verdict) = await Api.SubmitAsync(client, Api.Optimal);
        Assert.Equal("accepted", (string?)verdict["verdict"]);
        var body = await Api.UntilAnalysedAsync(client, verdict["id"], TimeSpan.FromSeconds(60));

        Assert.Equal("failed", (string?)body["analysis"]);
        Assert.Equal("failed", (string?)body["complexity"]!["status"]);
        Assert.Contains("not because of your code", (string?)body["complexity"]!["reason"]);
        Assert.Contains("the timing sandbox vanished", (string?)body["complexity"]!["reason"]);
        // Stored, not just answered once: a later read (another page load) says the same.
        var (_, again) = await Api.GetAsync(client, $"/api/submissions/{verdict["id"]}");
        Assert.Equal("failed", (string?)again!["complexity"]!["status"]);
    }

    [Fact]
    public async Task A_failing_submission_is_not_measured()
    {
        var analyzer = new GatedAnalyzer();
        using var factory = new PyPrepFactory(new Dictionary<string, string?>())
        {
            ExtraServices = services => services.RemoveAll<ISubmissionAnalyzer>().AddSingleton<ISubmissionAnalyzer>(analyzer),
        };

        var (_, verdict) = await Api.SubmitAsync(factory.CreateClient(), Api.Wrong);

        Assert.Equal("none", (string?)verdict["analysis"]);
        Assert.Null(verdict["complexity"]);
    }

    [Fact]
    public async Task An_analysis_running_when_submissions_queue_is_stopped_and_finished_after_the_rush()
    {
        var analyzer = new GatedAnalyzer();
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Grading:Workers"] = "1" })
        {
            ExtraServices = services => services.RemoveAll<ISubmissionAnalyzer>().AddSingleton<ISubmissionAnalyzer>(analyzer),
        };
        var client = factory.CreateClient();
        var (_, measured) = await Api.SubmitAsync(client, Api.Optimal);
        await analyzer.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // One worker and a burst of submissions: some must wait, and the measurement makes way.
        var burst = Enumerable.Range(0, 6).Select(i => Api.SubmitAsync(client, Api.Wrong + $"# {i}\n")).ToList();
        await analyzer.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
        // Held back for the verdicts, and the API says so rather than "running".
        await UntilStageAsync(client, measured["id"], "deferred");
        foreach (var (_, verdict) in await Task.WhenAll(burst)) Assert.Equal("wrong_answer", (string?)verdict["verdict"]);

        analyzer.Gate.SetResult();
        var body = await Api.UntilAnalysedAsync(client, measured["id"], TimeSpan.FromSeconds(60));

        Assert.Equal("done", (string?)body["analysis"]);
        Assert.Equal("O(n)", (string?)body["complexity"]!["estimate"]);
        Assert.True(analyzer.Attempts >= 2, $"the stopped measurement was started again ({analyzer.Attempts} attempts)");
    }

    private static async Task UntilStageAsync(HttpClient client, JsonNode? id, string stage)
    {
        var seen = new List<string?>();
        for (var i = 0; i < 500; i++)
        {
            var (_, body) = await Api.GetAsync(client, $"/api/submissions/{id}");
            var current = (string?)body!["complexity"]?["stage"];
            if (current == stage) return;
            seen.Add(current);
            await Task.Delay(20);
        }
        Assert.Fail($"the measurement never showed stage '{stage}' (saw {string.Join(", ", seen.Distinct())})");
    }
}
