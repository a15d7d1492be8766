using PyPrep.Core.Content;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.LearningPath;

public sealed class PathPageTests(SoloFactory factory) : IClassFixture<SoloFactory>
{
    [Fact]
    public async Task The_path_lists_the_stages_in_pattern_order_with_every_challenge_once()
    {
        var html = await factory.CreateClient().GetStringAsync("/path");

        var path = Core.Patterns.LearningPath.From(ContentBank.Load(ContentBank.LocateRoot()).Challenges);
        var positions = path.Stages.Select(s => html.IndexOf($"data-pattern=\"{s.Pattern}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.True(html.IndexOf("data-pattern=\"arrays-and-hashing\"", StringComparison.Ordinal) < html.IndexOf("data-pattern=\"bit-manipulation\"", StringComparison.Ordinal));
        Assert.All(path.Challenges, c => Assert.Equal(1, Count(html, $"data-slug=\"{c.Slug}\"")));
    }

    [Fact]
    public async Task Solving_a_challenge_ticks_it_and_moves_next_up_along()
    {
        var client = factory.CreateClient();
        var first = Core.Patterns.LearningPath.From(ContentBank.Load(ContentBank.LocateRoot()).Challenges).Challenges
            .Where(c => c.Slug != "two-sum").First();

        var (_, submission) = await Api.SubmitAsync(client, Api.Optimal + "\n# path page\n");
        Assert.Equal("accepted", (string?)submission["verdict"]);
        var html = await client.GetStringAsync("/path");

        Assert.Contains("data-slug=\"two-sum\" data-solved=\"true\"", html);
        Assert.Contains($"data-slug=\"{first.Slug}\" data-solved=\"false\"", html);
        Assert.Contains($"Next up: <a href=\"/challenges/{first.Slug}\">", html);
    }

    [Fact]
    public async Task A_role_keeps_only_that_roles_challenges()
    {
        var html = await factory.CreateClient().GetStringAsync("/path?role=data");

        var bank = ContentBank.Load(ContentBank.LocateRoot());
        Assert.All(bank.Challenges, c => Assert.Equal(c.Roles.Contains("data"), html.Contains($"data-slug=\"{c.Slug}\"", StringComparison.Ordinal)));
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
