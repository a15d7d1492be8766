using System.Net;
using PyPrep.Core.Content;
using PyPrep.Core.Design;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Design;

/// <summary>Design worksheets of solo mode's profile. Tests share one site, so each works on its own scenario.</summary>
public sealed class DesignApiTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_list_has_every_scenario_with_its_companion_challenges()
    {
        var (status, body) = await Api.GetAsync(client, "/api/design");

        var scenarios = body!.AsArray();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(scenarios.Count >= 8, $"{scenarios.Count} scenarios");
        var shortener = scenarios.Single(s => (string?)s!["slug"] == "url-shortener")!;
        Assert.Contains("base62-short-codes", shortener["companions"]!.AsArray().Select(c => (string?)c));
    }

    [Fact]
    public async Task A_saved_worksheet_comes_back_with_its_coverage_on_the_api_the_list_and_the_page()
    {
        var answers = new Dictionary<string, string>
        {
            ["key-generation"] = "A counter per server, encoded in base62; 7 characters give 3.5 trillion codes.",
            ["caching"] = "",
        };

        var (status, saved, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/url-shortener/worksheet", new { answers });
        var (_, fetched) = await Api.GetAsync(client, "/api/design/url-shortener/worksheet");
        var (_, list) = await Api.GetAsync(client, "/api/design");
        var page = await client.GetStringAsync("/design/url-shortener");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(answers["key-generation"], (string?)fetched!["answers"]!["key-generation"]);
        Assert.Null(fetched["answers"]!["caching"]); // blank sections are not kept
        var items = saved!["coverage"]!["items"]!.AsArray();
        Assert.Equal("covered", (string?)items.Single(i => (string?)i!["id"] == "code-scheme")!["status"]);
        Assert.Equal("covered", (string?)items.Single(i => (string?)i!["id"] == "code-length")!["status"]);
        Assert.Equal("missing", (string?)items.Single(i => (string?)i!["id"] == "redirect-cache")!["status"]);
        var percent = (int)saved["coverage"]!["percent"]!;
        Assert.Equal(percent, (int)list!.AsArray().Single(s => (string?)s!["slug"] == "url-shortener")!["worksheet"]!["percent"]!);
        Assert.Contains("encoded in base62; 7 characters", page);
        Assert.Contains("<svg", page);
    }

    [Fact]
    public async Task A_point_made_in_the_wrong_section_is_reported_where_it_was_found()
    {
        var answers = new Dictionary<string, string> { ["scaling"] = "Hot codes sit in Redis with a TTL so most redirects skip the database." };

        var (_, coverage, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/design/url-shortener/coverage", new { answers });

        var item = coverage!["items"]!.AsArray().Single(i => (string?)i!["id"] == "redirect-cache")!;
        Assert.Equal("elsewhere", (string?)item["status"]);
        Assert.Equal("scaling", (string?)item["found_in"]);
        Assert.Equal(["Redis", "TTL"], item["found"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task The_reference_design_filled_in_as_a_worksheet_covers_the_whole_rubric()
    {
        var scenario = DesignBank.Load(ContentBank.LocateRoot()).Find("caching-redis")!;
        var reference = Worksheet.FromMarkdown(scenario.Slug, scenario.Reference);
        var answers = reference.Answers.Where(a => WorksheetSections.IsKnown(a.Key)).ToDictionary();

        var (status, saved, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/caching-redis/worksheet", new { answers });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(100, (int)saved!["coverage"]!["percent"]!);
        Assert.Equal(scenario.Rubric.Count, (int)saved["coverage"]!["total"]!);
    }

    [Fact]
    public async Task Checking_coverage_alone_saves_nothing()
    {
        var answers = new Dictionary<string, string> { ["requirements"] = "only checked, never saved" };

        var (status, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/design/sql-vs-nosql/coverage", new { answers });
        var (_, fetched) = await Api.GetAsync(client, "/api/design/sql-vs-nosql/worksheet");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(fetched!["answers"]!.AsObject());
    }

    [Fact]
    public async Task Unknown_sections_oversized_sections_and_unknown_scenarios_are_refused()
    {
        var (unknownSection, problem, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/notification-service/worksheet",
            new { answers = new Dictionary<string, string> { ["colour"] = "blue" } });
        var (oversized, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/notification-service/worksheet",
            new { answers = new Dictionary<string, string> { ["api"] = new string('a', 8001) } });
        var (noAnswers, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/notification-service/worksheet", new { });
        var (unknownScenario, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Put, "/api/design/nope/worksheet",
            new { answers = new Dictionary<string, string>() });
        var page = await client.GetAsync("/design/nope");

        Assert.Equal(HttpStatusCode.BadRequest, unknownSection);
        Assert.Contains("colour", (string?)problem!["detail"]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswers);
        Assert.Equal(HttpStatusCode.NotFound, unknownScenario);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task The_scenario_page_links_its_companions_and_holds_the_reference_and_diagram()
    {
        var html = await client.GetStringAsync("/design/rate-limiter");
        var (_, reference) = await Api.GetAsync(client, "/api/design/rate-limiter/reference");

        Assert.Contains("href=\"/challenges/token-bucket-rate-limiter\"", html);
        Assert.Contains("id=\"ws-requirements\"", html);
        Assert.Contains("id=\"reference\"", html);
        Assert.StartsWith("<svg", (string?)reference!["diagram_svg"]);
        Assert.Contains((string)reference["diagram_svg"]!, html);
    }
}
