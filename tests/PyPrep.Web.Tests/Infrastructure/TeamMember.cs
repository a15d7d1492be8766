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

    public static async Task<TeamMember> RegisterAsync(PyPrepFactory factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/account/register", new { email, password = "correct-horse-battery" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (_, session) = await Api.GetAsync(client, "/api/session");
        Assert.True((bool)session!["signed_in"]!);
        return new TeamMember(client, (string)session["csrf_token"]!);
    }

    public static string UniqueEmail(string prefix = "candidate") => $"{prefix}-{Guid.NewGuid():N}@example.test";
}
