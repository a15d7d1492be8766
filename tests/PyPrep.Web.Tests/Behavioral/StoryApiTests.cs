using System.Net;
using System.Text.Json.Nodes;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Behavioral;

/// <summary>The story bank of solo mode's profile. Tests share one site, so each only counts its own stories.</summary>
public sealed class StoryApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_saved_story_is_listed_with_its_prompts_and_score_and_those_prompts_count_as_answered()
    {
        var (created, story, response) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/stories",
            new { title = "Billing export", answer = Answers.Strong, prompts = new[] { "debt-refactor-messy-code", "ownership-beyond-role" } });
        var id = (string?)story!["id"];
        var (_, list) = await Api.GetAsync(client, "/api/stories");
        var (fetched, one) = await Api.GetAsync(client, $"/api/stories/{id}");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal($"/api/stories/{id}", response.Headers.Location!.OriginalString);
        var listed = list!["stories"]!.AsArray().Single(s => (string?)s!["id"] == id)!;
        Assert.Equal("Billing export", (string?)listed["title"]);
        Assert.Equal("strong", (string?)listed["band"]);
        Assert.Equal(["debt-refactor-messy-code", "ownership-beyond-role"], listed["prompts"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.All(listed["prompts"]!.AsArray(), p => Assert.False(string.IsNullOrEmpty((string?)p!["prompt"])));
        Assert.DoesNotContain("debt-refactor-messy-code", list["unanswered"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(HttpStatusCode.OK, fetched);
        Assert.Equal(Answers.Strong, (string?)one!["answer"]);
        Assert.Equal((int)listed["score"]!, (int)one["report"]!["score"]!);
    }

    [Fact]
    public async Task Editing_a_story_replaces_its_title_answer_and_prompts()
    {
        var id = await CreateAsync("Draft", Answers.WeThroughout, "conflict-technical-disagreement", "failure-production-incident");

        var (status, updated, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, $"/api/stories/{id}",
            new { title = "  Billing export, told properly  ", answer = Answers.Strong, prompts = new[] { "failure-production-incident", "deadline-tight" } });
        var (_, fetched) = await Api.GetAsync(client, $"/api/stories/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Billing export, told properly", (string?)fetched!["title"]);
        Assert.Equal(Answers.Strong, (string?)fetched["answer"]);
        Assert.Equal(["deadline-tight", "failure-production-incident"], fetched["prompts"]!.AsArray().Select(p => (string?)p!["id"]));
        Assert.Equal("strong", (string?)updated!["band"]);
        Assert.True(DateTime.Parse((string)fetched["updated_utc"]!) >= DateTime.Parse((string)fetched["created_utc"]!));
    }

    [Fact]
    public async Task A_deleted_story_is_gone_and_deleting_it_again_is_404()
    {
        var id = await CreateAsync("To delete", Answers.Strong, "why-python-for-project");

        var (deleted, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Delete, $"/api/stories/{id}");
        var (again, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Delete, $"/api/stories/{id}");
        var (get, _) = await Api.GetAsync(client, $"/api/stories/{id}");
        var (_, list) = await Api.GetAsync(client, "/api/stories");

        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Equal(HttpStatusCode.NotFound, get);
        Assert.DoesNotContain(list!["stories"]!.AsArray(), s => (string?)s!["id"] == id);
    }

    [Theory]
    [InlineData("", "an answer", "title")]
    [InlineData("A title", "  ", "answer")]
    [InlineData("A title", "an answer", "prompts")]
    public async Task A_story_without_title_or_answer_or_with_an_unknown_prompt_is_a_400(string title, string answer, string field)
    {
        var prompts = field == "prompts" ? new[] { "no-such-prompt" } : [];

        var (status, body, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/stories", new { title, answer, prompts });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]![field]);
    }

    [Fact]
    public async Task An_oversized_answer_is_a_413_and_unknown_ids_are_404()
    {
        var (large, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/stories",
            new { title = "Long", answer = new string('x', 40 * 1024), prompts = Array.Empty<string>() });
        var (notGuid, _) = await Api.GetAsync(client, "/api/stories/not-a-guid");
        var (missing, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, $"/api/stories/{Guid.NewGuid()}",
            new { title = "x", answer = "y", prompts = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large);
        Assert.Equal(HttpStatusCode.NotFound, notGuid);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task The_story_bank_page_lists_the_story_and_the_coach_page_opens_it_for_editing()
    {
        var id = await CreateAsync("Page story <script>", Answers.Strong, "mentoring-junior");

        var bank = await client.GetStringAsync("/behavioral/stories");
        var coach = await client.GetStringAsync($"/behavioral?story={id}");

        Assert.Contains($"data-story-id=\"{id}\"", bank);
        Assert.Contains("Page story &lt;script&gt;", bank);
        Assert.DoesNotContain("Page story <script>", bank);
        Assert.Contains($"data-story-id=\"{id}\"", coach);
        Assert.Contains("quarter-end close", coach);
        Assert.Contains("value=\"mentoring-junior\" checked=\"checked\"", coach);
    }

    [Fact]
    public async Task The_coach_page_groups_prompts_by_theme_and_shows_what_a_strong_answer_shows()
    {
        var html = await client.GetStringAsync("/behavioral?prompt=conflict-technical-disagreement");

        Assert.Contains("<optgroup label=", html);
        Assert.Contains("<option value=\"conflict-technical-disagreement\" selected=\"selected\">", html);
        Assert.Contains("What a strong answer shows", html);
        Assert.Equal(404, (int)(await client.GetAsync($"/behavioral?story={Guid.NewGuid()}")).StatusCode);
    }

    private async Task<string> CreateAsync(string title, string answer, params string[] prompts)
    {
        var (status, story, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/stories", new { title, answer, prompts });
        Assert.Equal(HttpStatusCode.Created, status);
        return (string)story!["id"]!;
    }
}
