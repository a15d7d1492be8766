using System.Net;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Grading;

public sealed class QueueTests
{
    [Fact]
    public async Task When_every_worker_is_busy_submissions_queue_and_past_the_limit_get_503()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["Grading:Workers"] = "1",
            ["Grading:MaxQueued"] = "1",
        });
        var client = factory.CreateClient();

        var (_, first) = await Api.SubmitAsync(client, Api.Slow, mode: "run", wait: false);
        await UntilRunningAsync(client, (string)first["id"]!);
        var (secondStatus, second) = await Api.SubmitAsync(client, Api.Optimal, mode: "run", wait: false);
        var (thirdStatus, third) = await Api.SubmitAsync(client, Api.Optimal + "\n# third\n", mode: "run", wait: false);

        Assert.Equal(HttpStatusCode.Accepted, secondStatus);
        Assert.Equal("queued", (string?)second["status"]);
        Assert.True((bool)second["queue"]!["saturated"]!);
        Assert.Equal(1, (int)second["queue"]!["position"]!);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, thirdStatus);
        Assert.Contains("queue is full", (string?)third["detail"]);
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var done = await Api.UntilDoneAsync(client, (string)second["id"]!);
        Assert.Equal("accepted", (string?)done["verdict"]);
    }

    [Fact]
    public async Task Simultaneous_submissions_cannot_overfill_the_queue()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["Grading:Workers"] = "1",
            ["Grading:MaxQueued"] = "2",
        });
        var client = factory.CreateClient();
        // Long enough (5 cases of 0.9 s) that the only worker is still busy while the burst arrives.
        var (_, first) = await Api.SubmitAsync(client, Api.Slow.Replace("0.6", "0.9", StringComparison.Ordinal), mode: "run", wait: false);
        await UntilRunningAsync(client, (string)first["id"]!);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(i => Api.SubmitAsync(client, Api.Optimal + $"\n# together {i}\n", mode: "run", wait: false)));

        Assert.Equal(2, answers.Count(a => a.Status == HttpStatusCode.Accepted));
        Assert.Equal(10, answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable));
    }

    private static async Task UntilRunningAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 300; i++)
        {
            var (_, body) = await Api.GetAsync(client, $"/api/submissions/{id}");
            if ((string?)body!["status"] == "running") return;
            await Task.Delay(20);
        }
        Assert.Fail("the slow submission never started running");
    }
}
