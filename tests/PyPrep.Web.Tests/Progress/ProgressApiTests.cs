using System.Net;
using PyPrep.Web.Tests.Infrastructure;

namespace PyPrep.Web.Tests.Progress;

/// <summary>Each test gets a fresh database: hints, give-up and solving change what later calls see.</summary>
public sealed class ProgressApiTests : IDisposable
{
    private readonly SoloFactory factory = new();
    private readonly HttpClient client;

    public ProgressApiTests() => client = factory.CreateClient();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Hints_are_revealed_one_at_a_time_and_stop_at_the_last()
    {
        var (_, first) = await Api.PostRawAsync(client, "/api/challenges/two-sum/hints", "");
        Assert.Equal(1, (int)first["revealed"]!);
        Assert.Single(first["hints"]!.AsArray());

        var total = (int)first["total"]!;
        for (var i = 1; i < total + 2; i++) await Api.PostRawAsync(client, "/api/challenges/two-sum/hints", "");
        var (_, detail) = await Api.GetAsync(client, "/api/challenges/two-sum");

        Assert.Equal(total, (int)detail!["hints"]!["revealed"]!);
        Assert.Equal(total, detail["hints"]!["hints"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_walkthrough_is_locked_until_the_candidate_gives_up()
    {
        var (locked, problem) = await Api.GetAsync(client, "/api/challenges/two-sum/walkthrough");
        Assert.Equal(HttpStatusCode.Forbidden, locked);
        Assert.Equal(403, (int)problem!["status"]!);

        var (gaveUp, body) = await Api.PostRawAsync(client, "/api/challenges/two-sum/give-up", "");
        var (unlocked, walkthrough) = await Api.GetAsync(client, "/api/challenges/two-sum/walkthrough");

        Assert.Equal(HttpStatusCode.OK, gaveUp);
        Assert.Contains("<h", (string?)body["walkthrough_html"]);
        Assert.Equal(HttpStatusCode.OK, unlocked);
        Assert.Equal((string?)body["walkthrough_html"], (string?)walkthrough!["walkthrough_html"]);
    }

    [Fact]
    public async Task Solving_unlocks_the_walkthrough_and_counts_on_the_dashboard()
    {
        var (_, before) = await Api.GetAsync(client, "/api/progress");
        Assert.Equal(0, (int)before!["solved"]!);

        await Api.SubmitAsync(client, Api.Optimal);
        var (status, _) = await Api.GetAsync(client, "/api/challenges/two-sum/walkthrough");
        var (_, after) = await Api.GetAsync(client, "/api/progress");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)after!["solved"]!);
        var easy = after["by_difficulty"]!.AsArray().Single(r => (string?)r!["group"] == "easy")!;
        Assert.Equal(1, (int)easy["solved"]!);
        var hashing = after["by_topic"]!.AsArray().Single(r => (string?)r!["group"] == "hashing")!;
        Assert.Equal(1, (int)hashing["attempted"]!);
    }

    [Fact]
    public async Task A_run_that_passes_does_not_count_as_solved()
    {
        await Api.SubmitAsync(client, Api.Optimal, mode: "run");

        var (status, _) = await Api.GetAsync(client, "/api/challenges/two-sum/walkthrough");
        var (_, progress) = await Api.GetAsync(client, "/api/progress");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(0, (int)progress!["solved"]!);
    }

    [Fact]
    public async Task Hints_and_give_up_for_an_unknown_challenge_are_404()
    {
        var (hints, _) = await Api.PostRawAsync(client, "/api/challenges/nope/hints", "");
        var (giveUp, _) = await Api.PostRawAsync(client, "/api/challenges/nope/give-up", "");
        var (walkthrough, _) = await Api.GetAsync(client, "/api/challenges/nope/walkthrough");

        Assert.Equal(HttpStatusCode.NotFound, hints);
        Assert.Equal(HttpStatusCode.NotFound, giveUp);
        Assert.Equal(HttpStatusCode.NotFound, walkthrough);
    }
}
