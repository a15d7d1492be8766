using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PyPrep.Web.Tests.Infrastructure;

/// <summary>A signed-in team-mode account with its own cookies and antiforgery token.</summary>
public sealed class TeamMember
{
    private TeamMember(HttpClient client, string csrf)
    {
        Client = client;
        Csrf = csrf;
    }

    public HttpClient Client { get; }
    public string Csrf { get; }

    public static Task<TeamMember> RegisterAsync(PyPrepFactory factory, string email) =>
        SignUpAsync(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), email);

    /// <summary>A new account whose every response <paramref name="recorder"/> keeps.</summary>
    public static Task<TeamMember> RegisterAsync(PyPrepFactory factory, string email, RecordingHandler recorder) =>
        SignUpAsync(factory.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(), recorder), email);

    private static async Task<TeamMember> SignUpAsync(HttpClient client, string email)
    {
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password = "correct-horse-battery" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (_, session) = await Api.GetAsync(client, "/api/session");
        Assert.True((bool)session!["signed_in"]!);
        return new TeamMember(client, (string)session["csrf_token"]!);
    }

    /// <summary>Signs up, has the operator grant the interviewer role, and signs in again to carry it.</summary>
    public static async Task<TeamMember> RegisterInterviewerAsync(PyPrepFactory factory)
    {
        var email = UniqueEmail("interviewer");
        var member = await RegisterAsync(factory, email);
        var change = await PyPrep.Web.Features.Accounts.TeamRoles.GrantAsync(OperatorArgs(factory), email, "interviewer");
        Assert.True(change.Done, change.Message);
        return await SignInAsync(factory, email);
    }

    /// <summary>A fresh client signed in to an existing account.</summary>
    public static async Task<TeamMember> SignInAsync(PyPrepFactory factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/account/login", new { email, password = "correct-horse-battery" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (_, session) = await Api.GetAsync(client, "/api/session");
        return new TeamMember(client, (string)session!["csrf_token"]!);
    }

    /// <summary>The command line `pyprep team` would get to reach the factory's database.</summary>
    public static string[] OperatorArgs(PyPrepFactory factory) =>
        factory.Settings.Select(s => $"--{s.Key}={s.Value}").ToArray();

    public static string UniqueEmail(string prefix = "candidate") => $"{prefix}-{Guid.NewGuid():N}@example.test";
}
