using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Behavioral;

/// <summary>In team mode each account has its own story bank and design worksheets.</summary>
public sealed class StoryTeamModeTests(TeamFactory factory) : IClassFixture<TeamFactory>
{
    [Fact]
    public async Task Another_account_can_neither_see_nor_change_a_story()
    {
        var alice = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var bob = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var (created, story, _) = await JsonRequests.SendAsync(alice.Client, HttpMethod.Post, "/api/stories",
            new { title = "Alice's story", answer = Answers.Strong, prompts = new[] { "proud-python-project" } }, alice.Csrf);
        var id = (string)story!["id"]!;

        var (get, _) = await Api.GetAsync(bob.Client, $"/api/stories/{id}");
        var (_, list) = await Api.GetAsync(bob.Client, "/api/stories");
        var (put, _, _) = await JsonRequests.SendAsync(bob.Client, HttpMethod.Put, $"/api/stories/{id}",
            new { title = "Bob's now", answer = "mine", prompts = Array.Empty<string>() }, bob.Csrf);
        var (delete, _, _) = await JsonRequests.SendAsync(bob.Client, HttpMethod.Delete, $"/api/stories/{id}", csrf: bob.Csrf);
        var (own, mine) = await Api.GetAsync(alice.Client, $"/api/stories/{id}");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(HttpStatusCode.NotFound, get);
        Assert.Empty(list!["stories"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, put);
        Assert.Equal(HttpStatusCode.NotFound, delete);
        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal("Alice's story", (string?)mine!["title"]);
        Assert.DoesNotContain("Alice's story", await bob.Client.GetStringAsync("/behavioral/stories"));
    }

    [Fact]
    public async Task Design_worksheets_are_kept_per_account()
    {
        var alice = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var bob = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var (saved, _, _) = await JsonRequests.SendAsync(alice.Client, HttpMethod.Put, "/api/design/rate-limiter/worksheet",
            new { answers = new Dictionary<string, string> { ["requirements"] = "Alice's requirements" } }, alice.Csrf);
        var (_, bobs) = await Api.GetAsync(bob.Client, "/api/design/rate-limiter/worksheet");
        var (_, alices) = await Api.GetAsync(alice.Client, "/api/design/rate-limiter/worksheet");

        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Empty(bobs!["answers"]!.AsObject());
        Assert.Null(bobs["updated_utc"]);
        Assert.Equal("Alice's requirements", (string?)alices!["answers"]!["requirements"]);
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused_but_analysing_needs_none()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var (story, problem, _) = await JsonRequests.SendAsync(candidate.Client, HttpMethod.Post, "/api/stories",
            new { title = "No token", answer = Answers.Strong, prompts = Array.Empty<string>() });
        var (worksheet, _, _) = await JsonRequests.SendAsync(candidate.Client, HttpMethod.Put, "/api/design/rate-limiter/worksheet",
            new { answers = new Dictionary<string, string>() });
        var (star, _, _) = await JsonRequests.SendAsync(candidate.Client, HttpMethod.Post, "/api/star", new { answer = Answers.Strong });

        Assert.Equal(HttpStatusCode.BadRequest, story);
        Assert.Equal("Antiforgery check failed.", (string?)problem!["title"]);
        Assert.Equal(HttpStatusCode.BadRequest, worksheet);
        Assert.Equal(HttpStatusCode.OK, star);
    }

    [Theory]
    [InlineData("/api/stories")]
    [InlineData("/api/design")]
    [InlineData("/api/behavioral/prompts")]
    public async Task Anonymous_calls_are_401(string url)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var get = await client.GetAsync(url);
        var (star, _, _) = await JsonRequests.SendAsync(client, HttpMethod.Post, "/api/star", new { answer = Answers.Strong });

        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, star);
    }
}
