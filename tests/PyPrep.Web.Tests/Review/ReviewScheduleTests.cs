using System.Net;
using PyPrep.Core.Concepts;
using PyPrep.Web.Tests.Infrastructure;
using static PyPrep.Web.Tests.Review.ReviewSite;

namespace PyPrep.Web.Tests.Review;

/// <summary>The daily new-question limit, storage across restarts, and one deck per account in team mode.</summary>
public sealed class ReviewScheduleTests
{
    private readonly TestClock clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_daily_new_card_limit_holds_until_the_next_day()
    {
        using var factory = Create(clock, newPerDay: 2);
        var client = factory.CreateClient();
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var first = await NextAsync(client, topic.Id);
        Assert.Equal(2, (int)first["queue"]!["new"]!);

        for (var i = 0; i < 2; i++)
        {
            var card = (await NextAsync(client))["card"]!;
            var item = Bank.Find((string)card["id"]!)!;
            await AnsweredAsync(client, RightAnswer(item));
        }
        var done = await NextAsync(client);
        clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await NextAsync(client);

        Assert.Null(done["card"]);
        Assert.Equal(0, (int)done["queue"]!["total"]!);
        Assert.Matches(@"^in \d+ (day|hour)s?$", (string?)done["next_due_in"]);
        Assert.NotNull(tomorrow["card"]);
        Assert.True((int)tomorrow["queue"]!["new"]! >= 1);
    }

    [Fact]
    public async Task The_schedule_is_stored_and_survives_a_restart()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pyprep-web-tests", Guid.NewGuid().ToString("N"));
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];
        using (var first = Create(clock, folder: folder))
        {
            await AnsweredAsync(first.CreateClient(), RightAnswer(item));
        }

        using var second = Create(clock, folder: folder);
        var (_, progress) = await Api.GetAsync(second.CreateClient(), "/api/review/progress");
        var next = await NextAsync(second.CreateClient(), topic.Id);

        var row = progress!.AsArray().Single(r => (string?)r!["topic"] == topic.Id)!;
        Assert.Equal(1, (int)row["seen"]!);
        Assert.Equal(1, (int)row["learned"]!);
        Assert.NotEqual(item.Id, (string?)next["card"]?["id"]);
    }

    [Fact]
    public async Task In_team_mode_each_account_has_its_own_deck_and_answers_need_the_antiforgery_token()
    {
        // Sign-in cookies take their expiry from the same clock: keep it at the real time here.
        using var factory = Create(new TestClock(DateTimeOffset.UtcNow), extra: new Dictionary<string, string?> { ["PyPrep:Mode"] = "Team" });
        var alice = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var bob = await TeamMember.RegisterAsync(factory, TeamMember.UniqueEmail());
        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];

        var (withoutToken, refusal) = await AnswerAsync(alice.Client, RightAnswer(item));
        var answered = await AnsweredAsync(alice.Client, RightAnswer(item), alice.Csrf);
        var alicesNext = await NextAsync(alice.Client, topic.Id);
        var bobsNext = await NextAsync(bob.Client, topic.Id);
        var anonymousNext = await anonymous.GetAsync("/api/review/next");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken);
        Assert.Equal("Antiforgery check failed.", (string?)refusal["title"]);
        Assert.Equal(1, (int)Row(answered, topic.Id)["seen"]!);
        Assert.NotEqual(item.Id, (string?)alicesNext["card"]?["id"]);
        Assert.Equal(item.Id, (string?)bobsNext["card"]!["id"]);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousNext.StatusCode);
    }

    private static object RightAnswer(ConceptItem item) => item.Kind switch
    {
        ConceptKind.PredictOutput => new { item = item.Id, text = item.ExpectedAnswer, elapsed_ms = 2000 },
        ConceptKind.Choice => new { item = item.Id, selected = item.Correct, elapsed_ms = 2000 },
        ConceptKind.ShortAnswer => new { item = item.Id, text = "answer", selected = Enumerable.Range(0, item.KeyPoints.Count), elapsed_ms = 2000 },
        _ => (object)new { item = item.Id, code = item.Fixed, elapsed_ms = 2000 },
    };
}
