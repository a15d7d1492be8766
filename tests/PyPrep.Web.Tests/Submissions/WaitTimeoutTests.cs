using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Submissions;

public sealed class WaitTimeoutTests
{
    [Fact]
    public async Task When_the_verdict_takes_longer_than_the_wait_the_answer_is_202_with_where_to_poll()
    {
        using var factory = new PyPrepFactory(new Dictionary<string, string?> { ["Grading:WaitSeconds"] = "1" });
        var client = factory.CreateClient();

        // Five visible cases of 0.6 s each: about three seconds of grading, longer than the wait allowed.
        var response = await client.PostAsJsonAsync("/api/submissions?wait=true", new { challenge = "two-sum", code = Api.Slow, mode = "run" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains((string?)body["status"], new[] { "queued", "running" });
        Assert.Null(body["verdict"]);
        Assert.Equal($"/api/submissions/{body["id"]}", response.Headers.Location!.OriginalString);
        // Still graded: the wait gave up, the grading did not.
        var done = await Api.UntilDoneAsync(client, (string)body["id"]!);
        Assert.Equal("wrong_answer", (string?)done["verdict"]);
    }
}
