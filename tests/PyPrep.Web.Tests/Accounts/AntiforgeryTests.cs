using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Accounts;

/// <summary>Team mode signs in with a cookie: every API call that changes state must carry the antiforgery token.</summary>
public sealed class AntiforgeryTests(TeamFactory factory) : IClassFixture<TeamFactory>
{
    /// <summary>
    /// State-changing methods that need no token, and why: sign-up and sign-in have no session to ride
    /// on yet; the STAR report and the design coverage check compute an answer and store nothing.
    /// </summary>
    private static readonly HashSet<string> Exempt =
    [
        "POST /api/account/register",
        "POST /api/account/login",
        "POST /api/star",
        "POST /api/design/{slug}/coverage",
    ];

    [Fact]
    public async Task Every_state_changing_api_endpoint_refuses_a_request_without_the_token()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var endpoints = StateChanging().Where(e => !Exempt.Contains(e)).ToList();

        var refused = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var (method, pattern) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            var url = pattern.Replace("{slug}", "two-sum", StringComparison.Ordinal)
                .Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var (status, body, _) = await JsonRequests.SendAsync(candidate.Client, new HttpMethod(method), url, new { });
            if (status == HttpStatusCode.BadRequest && (string?)body?["title"] == "Antiforgery check failed.") refused.Add(endpoint);
        }

        // The enumeration itself must find what the site maps (hints, give-up, scratch, logout, stories, worksheets, review...).
        Assert.Contains("POST /api/challenges/{slug}/hints", endpoints);
        Assert.Contains("POST /api/account/logout", endpoints);
        Assert.Contains("PUT /api/design/{slug}/worksheet", endpoints);
        Assert.Contains("DELETE /api/stories/{id}", endpoints);
        Assert.True(endpoints.Count >= 11, string.Join(", ", endpoints));
        Assert.Equal(endpoints, refused);
    }

    [Fact]
    public async Task The_same_requests_with_the_token_get_past_the_check()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var (status, body, _) = await JsonRequests.SendAsync(candidate.Client, HttpMethod.Post, "/api/challenges/two-sum/hints", csrf: candidate.Csrf);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("Antiforgery check failed.", (string?)body?["title"]);
    }

    [Fact]
    public async Task The_sign_out_form_refuses_a_post_without_the_token()
    {
        var candidate = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var response = await candidate.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var (_, session) = await Api.GetAsync(candidate.Client, "/api/session");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((bool)session!["signed_in"]!);
    }

    /// <summary>"METHOD /pattern" of every API endpoint mapped for POST, PUT, PATCH or DELETE.</summary>
    private List<string> StateChanging()
    {
        _ = factory.Server; // the site is built, so its endpoints are mapped
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();
        return sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
