using System.Net;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Challenges;

public sealed class ChallengeApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_list_has_two_sum_with_the_contract_fields()
    {
        var (status, body) = await Api.GetAsync(client, "/api/challenges");

        Assert.Equal(HttpStatusCode.OK, status);
        var twoSum = body!.AsArray().Single(c => (string?)c!["slug"] == "two-sum")!;
        Assert.Equal("Two Sum", (string?)twoSum["title"]);
        Assert.Equal("easy", (string?)twoSum["difficulty"]);
        Assert.Equal("junior", (string?)twoSum["level"]);
        Assert.Contains("hashing", twoSum["topics"]!.AsArray().Select(t => (string?)t));
        Assert.NotNull(twoSum["patterns"]);
        Assert.NotNull(twoSum["roles"]);
        Assert.NotNull(twoSum["solved"]);
    }

    [Theory]
    [InlineData("?difficulty=easy", true)]
    [InlineData("?difficulty=hard", false)]
    [InlineData("?topic=hashing", true)]
    [InlineData("?topic=graphs", false)]
    [InlineData("?level=junior", true)]
    [InlineData("?q=two%20sum", true)]
    [InlineData("?q=dijkstra", false)]
    [InlineData("?pattern=arrays-and-hashing", true)]
    [InlineData("?pattern=tries", false)]
    [InlineData("?role=data", true)]
    [InlineData("?role=frontend", false)]
    [InlineData("?pattern=arrays-and-hashing&role=backend&difficulty=easy", true)]
    public async Task Filters_and_search_narrow_the_list(string query, bool includesTwoSum)
    {
        var (status, body) = await Api.GetAsync(client, "/api/challenges" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(includesTwoSum, body!.AsArray().Any(c => (string?)c!["slug"] == "two-sum"));
    }

    [Fact]
    public async Task Solved_and_unsolved_filters_follow_accepted_submissions()
    {
        await Api.SubmitAsync(client, Api.Optimal + "\n# solve it\n");

        var (_, solved) = await Api.GetAsync(client, "/api/challenges?status=solved");
        var (_, unsolved) = await Api.GetAsync(client, "/api/challenges?status=unsolved");

        Assert.Contains(solved!.AsArray(), c => (string?)c!["slug"] == "two-sum" && (bool)c["solved"]!);
        Assert.DoesNotContain(unsolved!.AsArray(), c => (string?)c!["slug"] == "two-sum");
    }

    [Fact]
    public async Task The_status_filter_ignores_case_like_the_others()
    {
        var (_, lower) = await Api.GetAsync(client, "/api/challenges?status=unsolved");
        var (status, upper) = await Api.GetAsync(client, "/api/challenges?status=UnSolved");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(lower!.ToJsonString(), upper!.ToJsonString());
    }

    [Fact]
    public async Task The_pattern_and_role_filters_keep_exactly_the_challenges_that_list_them()
    {
        var (_, all) = await Api.GetAsync(client, "/api/challenges");
        var (_, tries) = await Api.GetAsync(client, "/api/challenges?pattern=tries");
        var (_, data) = await Api.GetAsync(client, "/api/challenges?role=data");

        static IEnumerable<string?> Slugs(System.Text.Json.Nodes.JsonNode? list, string field, string value) => list!.AsArray()
            .Where(c => c![field]!.AsArray().Any(v => (string?)v == value)).Select(c => (string?)c!["slug"]);
        Assert.Equal(Slugs(all, "patterns", "tries"), tries!.AsArray().Select(c => (string?)c!["slug"]));
        Assert.Contains("word-search-ii", tries.AsArray().Select(c => (string?)c!["slug"]));
        Assert.Equal(Slugs(all, "roles", "data"), data!.AsArray().Select(c => (string?)c!["slug"]));
        Assert.True(data.AsArray().Count < all!.AsArray().Count);
    }

    [Theory]
    [InlineData("?difficulty=impossible", "difficulty")]
    [InlineData("?level=wizard", "level")]
    [InlineData("?status=maybe", "status")]
    [InlineData("?difficulty=1", "difficulty")]
    [InlineData("?level=99", "level")]
    [InlineData("?pattern=design", "pattern")]
    public async Task An_invalid_filter_is_400_with_problem_details(string query, string field)
    {
        var (status, body) = await Api.GetAsync(client, "/api/challenges" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]![field]);
    }

    [Fact]
    public async Task A_challenge_shows_its_statement_and_visible_cases_but_never_a_hidden_one()
    {
        var (status, body) = await Api.GetAsync(client, "/api/challenges/two-sum");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Two Sum", (string?)body!["statement"]);
        Assert.Contains("<p>", (string?)body["statement_html"]);
        Assert.StartsWith("def two_sum", (string?)body["starter"]);
        Assert.Equal(5, body["visible_cases"]!.AsArray().Count);
        Assert.Equal(HiddenCases.Of("two-sum").Count, (int)body["hidden_cases"]!);
        HiddenCases.AssertNotRevealed("two-sum", body);
        var ids = body.ToJsonString();
        Assert.All(HiddenCases.Of("two-sum"), c => Assert.DoesNotContain($"\"{c.Id}\"", ids));
    }

    [Fact]
    public async Task An_unknown_challenge_is_404_with_problem_details()
    {
        var (status, body) = await Api.GetAsync(client, "/api/challenges/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("unknown challenge 'no-such-thing'", (string?)body!["detail"]);
        var (historyStatus, _) = await Api.GetAsync(client, "/api/challenges/no-such-thing/submissions");
        Assert.Equal(HttpStatusCode.NotFound, historyStatus);
    }
}
