using System.Net;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Accounts;

public sealed class LogoutTests(TeamFactory factory) : IClassFixture<TeamFactory>
{
    [Fact]
    public async Task Signing_out_ends_the_session_so_the_api_answers_401_again()
    {
        var member = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/api/progress")).StatusCode);

        var (status, _, _) = await JsonRequests.SendAsync(member.Client, HttpMethod.Post, "/api/account/logout", csrf: member.Csrf);

        Assert.Equal(HttpStatusCode.NoContent, status);
        var (_, session) = await Api.GetAsync(member.Client, "/api/session");
        Assert.False((bool)session!["signed_in"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync("/api/progress")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_and_the_session_stays()
    {
        var member = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());

        var (status, body, _) = await JsonRequests.SendAsync(member.Client, HttpMethod.Post, "/api/account/logout");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Antiforgery check failed.", (string?)body!["title"]);
        var (_, session) = await Api.GetAsync(member.Client, "/api/session");
        Assert.True((bool)session!["signed_in"]!);
    }
}
