using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Accounts;

public sealed class TeamModeTests(TeamFactory factory) : IClassFixture<TeamFactory>
{
    [Theory]
    [InlineData("/api/challenges")]
    [InlineData("/api/challenges/two-sum")]
    [InlineData("/api/progress")]
    [InlineData("/api/submissions/01234567-89ab-cdef-0123-456789abcdef")]
    public async Task Anonymous_api_calls_are_401(string url)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_pages_redirect_to_sign_in_but_health_stays_open()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/challenges/two-sum");
        var health = await client.GetAsync("/healthz");
        var login = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task A_submission_without_the_antiforgery_token_is_refused()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var (status, body) = await Api.SubmitAsync(candidate.Client, Api.Optimal);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Antiforgery check failed.", (string?)body["title"]);
    }

    [Fact]
    public async Task Another_candidate_sees_neither_the_submission_nor_its_history()
    {
        var alice = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var bob = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var (status, posted) = await Api.SubmitAsync(alice.Client, Api.Optimal + "\n# alice\n", csrf: alice.Csrf);
        Assert.Equal(HttpStatusCode.OK, status);

        var (own, _) = await Api.GetAsync(alice.Client, $"/api/submissions/{posted["id"]}");
        var (other, problem) = await Api.GetAsync(bob.Client, $"/api/submissions/{posted["id"]}");
        var (_, bobsHistory) = await Api.GetAsync(bob.Client, "/api/challenges/two-sum/submissions");

        Assert.Equal(HttpStatusCode.OK, own);
        Assert.Equal(HttpStatusCode.NotFound, other);
        Assert.Equal(404, (int)problem!["status"]!);
        Assert.Empty(bobsHistory!.AsArray());
    }

    [Fact]
    public async Task An_interviewer_reads_a_candidates_submission_with_what_hidden_cases_printed()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var interviewer = await TeamMember.RegisterInterviewerAsync(factory);
        const string printing = """
            def two_sum(nums, target):
                print("seen", len(nums))
                return [0, 1]
            """;
        var (_, posted) = await Api.SubmitAsync(candidate.Client, printing, csrf: candidate.Csrf);

        var (status, body) = await Api.GetAsync(interviewer.Client, $"/api/submissions/{posted["id"]}");
        var (_, session) = await Api.GetAsync(interviewer.Client, "/api/session");

        Assert.Equal("interviewer", (string?)session!["role"]);
        Assert.Equal(HttpStatusCode.OK, status);
        var hidden = body!["cases"]!.AsArray().First(c => (bool)c!["hidden"]!)!;
        Assert.StartsWith("seen", (string?)hidden["stdout"]);
        Assert.Null(hidden["input"]);
    }

    [Fact]
    public async Task New_accounts_are_candidates_and_bad_sign_ins_are_401()
    {
        var email = TeamMember.UniqueEmail();
        var candidate = await TeamMember.RegisterAsync(factory, email);
        var (_, session) = await Api.GetAsync(candidate.Client, "/api/session");
        var stranger = factory.CreateClient();

        var wrong = await stranger.PostAsJsonAsync("/api/account/login", new { email, password = "not-the-password" });
        var right = await stranger.PostAsJsonAsync("/api/account/login", new { email, password = "correct-horse-battery" });

        Assert.Equal("candidate", (string?)session!["role"]);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
    }

    [Fact]
    public async Task Signing_up_with_any_address_makes_a_candidate_only_the_operator_makes_an_interviewer()
    {
        var email = TeamMember.UniqueEmail("interviewer");
        var hopeful = await TeamMember.RegisterAsync(factory, email);
        var (_, before) = await Api.GetAsync(hopeful.Client, "/api/session");

        var granted = await PyPrep.Web.Features.Accounts.TeamRoles.GrantAsync(TeamMember.OperatorArgs(factory), email, "interviewer");
        var (_, after) = await Api.GetAsync((await TeamMember.SignInAsync(factory, email)).Client, "/api/session");
        var revoked = await PyPrep.Web.Features.Accounts.TeamRoles.RevokeAsync(TeamMember.OperatorArgs(factory), email, "interviewer");
        var (_, again) = await Api.GetAsync((await TeamMember.SignInAsync(factory, email)).Client, "/api/session");

        Assert.Equal("candidate", (string?)before!["role"]);
        Assert.True(granted.Done, granted.Message);
        Assert.Equal("interviewer", (string?)after!["role"]);
        Assert.True(revoked.Done, revoked.Message);
        Assert.Equal("candidate", (string?)again!["role"]);
    }

    [Theory]
    [InlineData("nobody@example.test", "interviewer", "no account")]
    [InlineData(null, "admin", "unknown role")]
    public async Task Granting_to_an_unknown_account_or_role_changes_nothing(string? email, string role, string why)
    {
        var existing = TeamMember.UniqueEmail();
        await TeamMember.RegisterAsync(factory, existing);

        var change = await PyPrep.Web.Features.Accounts.TeamRoles.GrantAsync(TeamMember.OperatorArgs(factory), email ?? existing, role);

        Assert.False(change.Done);
        Assert.Contains(why, change.Message);
    }

    [Fact]
    public void The_old_interviewer_address_list_stops_the_start()
    {
        using var listed = new PyPrepFactory(new Dictionary<string, string?>
        {
            ["PyPrep:Mode"] = "Team",
            ["PyPrep:InterviewerEmails:0"] = "boss@example.test",
        });

        var error = Assert.ThrowsAny<Exception>(() => listed.CreateClient());

        Assert.Contains("pyprep team grant", error.ToString());
    }

    [Fact]
    public async Task Registration_rejects_a_short_password_with_problem_details()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/register", new { email = TeamMember.UniqueEmail(), password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Passwords must be at least 8", await response.Content.ReadAsStringAsync());
    }
}
