using System.Net;
using System.Text.Json;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Scratch;

/// <summary><c>POST /api/scratch</c> refusals: each way a request can be wrong gets its own problem-details answer.</summary>
public sealed class ScratchApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_unknown_challenge_is_400_naming_the_field()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/scratch",
            JsonSerializer.Serialize(new { challenge = "no-such-challenge", code = Api.Optimal, scratch = "print(1)" }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["errors"]!["challenge"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/scratch", "{\"challenge\": ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The body is not valid JSON.", (string?)body["title"]);
    }

    [Fact]
    public async Task A_body_that_is_not_declared_json_is_415()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/scratch", "challenge=two-sum", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(415, (int)body["status"]!);
    }

    [Fact]
    public async Task Code_and_test_calls_over_twice_the_code_limit_are_413()
    {
        // Under the body cap, but the program (code plus calls) is over 2 × 64 KiB.
        var calls = "# " + new string('x', 140 * 1024) + "\nprint(1)\n";

        var (status, body) = await Api.PostRawAsync(client, "/api/scratch",
            JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal, scratch = calls }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_413_before_it_is_read()
    {
        var calls = new string('x', 900 * 1024);

        var (status, body) = await Api.PostRawAsync(client, "/api/scratch",
            JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal, scratch = calls }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("the body is larger than", (string?)body["detail"]);
    }

    [Fact]
    public async Task With_every_turn_taken_and_the_line_full_a_run_is_503_with_when_to_retry()
    {
        var request = JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal, scratch = "print(two_sum([1, 2], 3))" });
        await using (await FullExperimentGate.FillAsync(factory.Services))
        {
            var busy = await client.PostAsync("/api/scratch", new StringContent(request, System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
            Assert.Contains("try again", await busy.Content.ReadAsStringAsync());
        }

        var (status, body) = await Api.PostRawAsync(client, "/api/scratch", request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("[0, 1]\n", (string?)body["stdout"]);
    }

    [Fact]
    public async Task An_error_in_the_test_calls_comes_back_as_the_error_with_what_printed_before_it()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/scratch",
            JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal, scratch = "print('before')\ntwo_sum(None, 1)" }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("before\n", (string?)body["stdout"]);
        Assert.StartsWith("TypeError", (string?)body["error"]);
    }
}
