using System.Net;
using System.Text.Json.Nodes;
using PyPrep.Core.Behavioral;
using PyPrep.Core.Content;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Behavioral;

public sealed class StarApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Post_star_answers_the_star_json_contract_that_the_cli_prints()
    {
        var (status, body, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/star", new { answer = Answers.Strong });

        // `pyprep star --json` prints StarReportJson of the coach built from the bank's vocabulary.
        var vocabulary = StarVocabularyLoader.Load(StarVocabularyLoader.PathUnder(ContentBank.LocateRoot()));
        var cli = StarReportJson.Build(new StarCoach(vocabulary).Analyze(Answers.Strong));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.DeepEquals(cli, body), $"API: {body}\nCLI: {cli}");
        Assert.All(new[] { "situation", "task", "action", "result" }, part => Assert.True((bool)body!["parts"]![part]!));
        Assert.True((bool)body!["first_person"]!);
        Assert.True((bool)body["measurable_result"]!);
        Assert.Contains("pytest", body["tools"]!.AsArray().Select(t => (string?)t));
        Assert.InRange((int)body["score"]!, 90, 100);
        Assert.Equal("strong", (string?)body["band"]);
        Assert.InRange(body["advice"]!.AsArray().Count, 0, 3);
    }

    [Fact]
    public async Task An_answer_told_as_we_loses_first_person_and_says_how_to_fix_it()
    {
        var (status, body, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/star", new { answer = Answers.WeThroughout });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False((bool)body!["first_person"]!);
        Assert.False((bool)body["measurable_result"]!);
        Assert.Empty(body["tools"]!.AsArray());
        Assert.Equal("weak", (string?)body["band"]);
        Assert.Equal(3, body["advice"]!.AsArray().Count);
        Assert.Contains(body["advice"]!.AsArray(), a => ((string?)a)!.Contains("first person", StringComparison.Ordinal));
        Assert.Contains(body["fillers"]!.AsArray(), f => (string?)f!["term"] == "basically");
    }

    [Theory]
    [InlineData("""{"answer": ""}""")]
    [InlineData("""{"answer": "   \n  "}""")]
    [InlineData("""{}""")]
    public async Task A_blank_or_missing_answer_is_a_400_naming_the_field(string json)
    {
        var (status, body) = await Api.PostRawAsync(client, "/api/star", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, (int)body["status"]!);
        Assert.NotNull(body["errors"]!["answer"]);
    }

    [Fact]
    public async Task An_answer_over_32_KiB_is_a_413()
    {
        var (status, body, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/star", new { answer = new string('a', 33 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(413, (int)body!["status"]!);
    }

    [Fact]
    public async Task A_body_far_too_large_is_refused_before_it_is_read()
    {
        var (status, _) = await Api.PostRawAsync(client, "/api/star", "{\"answer\": \"" + new string('a', 300 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Plain_text_and_broken_json_are_refused_with_problem_details()
    {
        var (text, _) = await Api.PostRawAsync(client, "/api/star", Answers.Strong, contentType: "text/plain");
        var (broken, body) = await Api.PostRawAsync(client, "/api/star", "{\"answer\": ");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text);
        Assert.Equal(HttpStatusCode.BadRequest, broken);
        Assert.Equal("The body is not valid JSON.", (string?)body["title"]);
    }

    [Fact]
    public async Task The_prompts_come_grouped_by_theme_with_what_a_strong_answer_shows()
    {
        var (status, body) = await Api.GetAsync(client, "/api/behavioral/prompts");

        var themes = body!.AsArray();
        var prompts = themes.SelectMany(t => t!["prompts"]!.AsArray()).ToList();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(themes.Count >= 8, $"{themes.Count} themes");
        Assert.True(prompts.Count >= 30, $"{prompts.Count} prompts");
        Assert.All(prompts, p => Assert.True(p!["shows"]!.AsArray().Count >= 2));
        Assert.Contains(themes, t => (string?)t!["id"] == "conflict");
    }
}
