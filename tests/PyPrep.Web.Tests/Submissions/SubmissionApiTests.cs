using System.Net;
using System.Text.Json.Nodes;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Submissions;

public sealed class SubmissionApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Submit_with_wait_answers_the_finished_result_in_the_check_json_shape()
    {
        var (status, body) = await Api.SubmitAsync(client, Api.Optimal + "\n# wait shape\n");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(Guid.TryParse((string?)body["id"], out _));
        Assert.Equal("done", (string?)body["status"]);
        Assert.Equal("submit", (string?)body["mode"]);
        Assert.Equal("two-sum", (string?)body["challenge"]);
        Assert.Equal("accepted", (string?)body["verdict"]);
        Assert.Equal((int)body["total"]!, (int)body["passed"]!);
        Assert.Equal(HiddenCases.Of("two-sum").Count + 5, (int)body["total"]!);
        Assert.True(body.ContainsKey("complexity"));
        Assert.IsType<JsonArray>(body["style"]);
        var first = body["cases"]![0]!;
        Assert.Equal("example-1", (string?)first["id"]);
        Assert.Equal("passed", (string?)first["status"]);
        Assert.NotNull(first["time_ms"]);
    }

    [Fact]
    public async Task Run_mode_grades_only_the_visible_cases()
    {
        var (status, body) = await Api.SubmitAsync(client, Api.Optimal + "\n# run mode\n", mode: "run");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("run", (string?)body["mode"]);
        Assert.All(body["cases"]!.AsArray(), c => Assert.False((bool)c!["hidden"]!));
        Assert.Equal(5, (int)body["total"]!);
    }

    [Fact]
    public async Task Without_wait_the_answer_is_202_with_a_location_and_the_submission_is_graded_later()
    {
        var (status, body) = await Api.SubmitAsync(client, Api.Optimal + "\n# no wait\n", wait: false);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Contains((string?)body["status"], new[] { "queued", "running" });
        var done = await Api.UntilDoneAsync(client, (string)body["id"]!);
        Assert.Equal("accepted", (string?)done["verdict"]);
    }

    [Fact]
    public async Task A_wrong_answer_shows_expected_and_actual_for_visible_cases_only()
    {
        var (_, body) = await Api.SubmitAsync(client, Api.Wrong);

        Assert.Equal("wrong_answer", (string?)body["verdict"]);
        var failing = body["cases"]!.AsArray().First(c => (string?)c!["id"] == "example-2")!;
        Assert.Equal("wrong_answer", (string?)failing["status"]);
        Assert.Equal("[3, 2, 4], 6", (string?)failing["input"]);
        Assert.Equal("[1, 2]", (string?)failing["expected"]);
        Assert.Equal("[0, 1]", (string?)failing["actual"]);
        HiddenCases.AssertNotRevealed("two-sum", body);
    }

    [Fact]
    public async Task What_hidden_cases_print_or_raise_is_withheld_from_a_candidate()
    {
        const string leaky = """
            def two_sum(nums, target):
                print("LEAK", nums[:5], target)
                raise ValueError("LEAK " + repr(nums[:5]))
            """;
        var (_, body) = await Api.SubmitAsync(client, leaky);

        Assert.Equal("runtime_error", (string?)body["verdict"]);
        HiddenCases.AssertNotRevealed("two-sum", body);
        foreach (var item in body["cases"]!.AsArray().Where(c => (bool)c!["hidden"]!))
        {
            Assert.Equal("ValueError", (string?)item!["error"]);
            Assert.DoesNotContain("LEAK", item.ToJsonString());
        }
        var visible = body["cases"]!.AsArray().First(c => !(bool)c!["hidden"]!)!;
        Assert.Contains("LEAK", (string?)visible["stdout"]);
        Assert.Null(body["output"]);
    }

    [Fact]
    public async Task Get_returns_a_stored_submission_by_id()
    {
        var (_, posted) = await Api.SubmitAsync(client, Api.Optimal + "\n# get by id\n");

        var (status, body) = await Api.GetAsync(client, $"/api/submissions/{posted["id"]}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((string?)posted["id"], (string?)body!["id"]);
        Assert.Equal("accepted", (string?)body["verdict"]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    public async Task An_unknown_submission_is_404_with_problem_details(string id)
    {
        var (status, body) = await Api.GetAsync(client, $"/api/submissions/{id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, (int)body!["status"]!);
        Assert.Contains(id, (string?)body["detail"]);
    }

    [Theory]
    [InlineData("""{"code":"x = 1","mode":"run"}""", "challenge")]
    [InlineData("""{"challenge":"no-such-challenge","code":"x = 1"}""", "challenge")]
    [InlineData("""{"challenge":"two-sum","mode":"run"}""", "code")]
    [InlineData("""{"challenge":"two-sum","code":"   \n"}""", "code")]
    [InlineData("""{"challenge":"two-sum","code":"x = 1","mode":"debug"}""", "mode")]
    public async Task Invalid_fields_are_400_with_problem_details_naming_the_field(string json, string field)
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/submissions", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["errors"]![field]);
    }

    [Fact]
    public async Task A_wait_that_is_not_true_or_false_is_400_naming_the_parameter()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/submissions?wait=yes",
            System.Text.Json.JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["errors"]!["wait"]);
        Assert.Contains("wait", (string?)body["detail"]);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/submissions", "{\"challenge\": ");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The body is not valid JSON.", (string?)body["title"]);
    }

    [Fact]
    public async Task A_body_that_is_not_declared_json_is_415()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/submissions", "challenge=two-sum", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(415, (int)body["status"]!);
    }

    [Fact]
    public async Task Code_over_the_size_limit_is_413()
    {
        var huge = "# " + new string('x', 70 * 1024) + "\n" + Api.Optimal;

        var (status, body) = await Api.SubmitAsync(client, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("limit", (string?)body["detail"]);
    }

    [Fact]
    public async Task History_lists_the_callers_submissions_newest_first_with_their_code()
    {
        var marker = $"# history {Guid.NewGuid():N}";
        await Api.SubmitAsync(client, Api.Optimal + "\n" + marker + "\n");

        var (status, body) = await Api.GetAsync(client, "/api/challenges/two-sum/submissions");

        Assert.Equal(HttpStatusCode.OK, status);
        var entry = body!.AsArray().First(s => ((string?)s!["code"])!.Contains(marker, StringComparison.Ordinal))!;
        Assert.Equal("accepted", (string?)entry["verdict"]);
        var times = body.AsArray().Select(s => (DateTime)s!["created_utc"]!).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Scratch_runs_the_candidates_own_calls_and_returns_what_they_print()
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/scratch",
            System.Text.Json.JsonSerializer.Serialize(new { challenge = "two-sum", code = Api.Optimal, scratch = "print(two_sum([1, 4, 5], 9))" }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("[1, 2]\n", (string?)body["stdout"]);
        Assert.Null(body["error"]);
    }
}
