using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Hosting;

public sealed class PageTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?difficulty=easy&q=sum")]
    [InlineData("/challenges/two-sum")]
    [InlineData("/dashboard")]
    [InlineData("/?pattern=tries&role=backend")]
    [InlineData("/?pattern=not-a-pattern")]
    [InlineData("/path")]
    [InlineData("/path?role=data")]
    [InlineData("/cheatsheet")]
    [InlineData("/js/editor.bundle.js")]
    [InlineData("/css/site.css")]
    public async Task Pages_and_assets_answer_200(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_challenge_page_embeds_no_hidden_case()
    {
        var html = await factory.CreateClient().GetStringAsync("/challenges/two-sum");

        Assert.Contains("id=\"editor\"", html);
        Assert.All(HiddenCases.Of("two-sum"), c => Assert.DoesNotContain($"\"{c.Id}\"", html));
    }
}
