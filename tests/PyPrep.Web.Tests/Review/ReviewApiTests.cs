using System.Net;
using PyPrep.Core.Concepts;
using PyPrep.Web.Tests.Infrastructure;
using static PyPrep.Web.Tests.Review.ReviewSite;

namespace PyPrep.Web.Tests.Review;

/// <summary>
/// The review API over the real bank, real SQLite and (for spot-the-bug) the real sandbox, with a
/// hand-moved clock. Each test gets a fresh database: answers change what later calls see.
/// </summary>
public sealed class ReviewApiTests : IDisposable
{
    private readonly TestClock clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly PyPrepFactory factory;
    private readonly HttpClient client;

    public ReviewApiTests()
    {
        factory = Create(clock);
        client = factory.CreateClient();
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_new_card_is_served_without_its_answer()
    {
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];

        var next = await NextAsync(client, topic.Id);

        var card = next["card"]!;
        Assert.Equal(item.Id, (string?)card["id"]);
        Assert.Equal("predict-output", (string?)card["kind"]);
        Assert.Equal("new", (string?)card["state"]);
        Assert.Equal(item.Code, (string?)card["code"]);
        Assert.Null(card["expected"]);
        Assert.Null(card["output"]);
        Assert.Equal(Math.Min(20, topic.Items.Count), (int)next["queue"]!["new"]!);
    }

    [Fact]
    public async Task A_choice_card_does_not_say_which_options_are_correct()
    {
        var topic = TopicStartingWith(ConceptKind.Choice);

        var card = (await NextAsync(client, topic.Id))["card"]!;

        Assert.Equal("choice", (string?)card["kind"]);
        Assert.Equal(topic.Items[0].Options.Count, card["options_html"]!.AsArray().Count);
        Assert.Null(card["correct"]);
        Assert.Null(card["correct_options"]);
    }

    [Fact]
    public async Task A_wrong_prediction_is_rated_again_and_comes_back_in_the_same_session()
    {
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];

        var result = await AnsweredAsync(client, new { item = item.Id, text = "certainly not this", elapsed_ms = 5000 });

        Assert.False((bool)result["correct"]!);
        Assert.Equal("again", (string?)result["rating"]);
        Assert.Equal("learning", (string?)result["card"]!["state"]);
        Assert.Equal("in 1 minute", (string?)result["next_review"]!["text"]);
        Assert.Equal(item.ExpectedAnswer, (string?)result["expected"]);
        Assert.Contains("<p>", (string?)result["explanation_html"]);
        // The other new cards of the topic come first; once its one-minute step is over, it leads.
        Assert.NotEqual(item.Id, (string?)(await NextAsync(client, topic.Id))["card"]!["id"]);
        clock.Advance(TimeSpan.FromMinutes(2));
        var again = (await NextAsync(client, topic.Id))["card"]!;
        Assert.Equal(item.Id, (string?)again["id"]);
        Assert.Equal("learning", (string?)again["state"]);
    }

    [Fact]
    public async Task A_quick_right_prediction_is_easy_and_scheduled_days_ahead_until_it_is_due()
    {
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];

        // Compared as the terminal quiz compares: trailing spaces and blank lines at the ends do not count.
        var answer = "\n" + item.ExpectedAnswer.Replace("\n", "  \n", StringComparison.Ordinal) + "\n\n";
        var result = await AnsweredAsync(client, new { item = item.Id, text = answer, elapsed_ms = 3000 });

        Assert.True((bool)result["correct"]!);
        Assert.Equal("easy", (string?)result["rating"]);
        Assert.Equal("review", (string?)result["card"]!["state"]);
        var due = (DateTime)result["card"]!["due_utc"]!;
        Assert.True(due >= clock.UtcNow.AddDays(1), $"due {due:o}, now {clock.UtcNow:o}");
        Assert.Matches(@"^in \d+ days?$", (string?)result["next_review"]!["text"]);
        var row = Row(result, topic.Id);
        Assert.Equal(1, (int)row["seen"]!);
        Assert.Equal(1, (int)row["learned"]!);
        Assert.NotEqual(item.Id, (string?)(await NextAsync(client, topic.Id))["card"]?["id"]);

        clock.Advance(due - clock.UtcNow + TimeSpan.FromMinutes(1));
        var back = (await NextAsync(client, topic.Id))["card"]!;
        Assert.Equal(item.Id, (string?)back["id"]);
        Assert.Equal("review", (string?)back["state"]);
    }

    [Fact]
    public async Task An_answer_says_what_is_left_of_its_topic_today_with_itself_counted()
    {
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];
        var before = (int)(await NextAsync(client, topic.Id))["queue"]!["total"]!;

        var result = await AnsweredAsync(client, new { item = item.Id, text = item.ExpectedAnswer, elapsed_ms = 3000, topic = topic.Id });

        Assert.Equal(before - 1, (int)result["queue"]!["total"]!);
        Assert.Equal((int)(await NextAsync(client, topic.Id))["queue"]!["total"]!, (int)result["queue"]!["total"]!);
        var (status, problem) = await AnswerAsync(client, new { item = item.Id, text = "x", elapsed_ms = 3000, topic = "no-such-topic" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("no-such-topic", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guessed_answer_can_be_graded_lower_but_never_higher()
    {
        var topic = TopicStartingWith(ConceptKind.PredictOutput);
        var item = topic.Items[0];
        static string Body(string item, string rating) => System.Text.Json.JsonSerializer.Serialize(new { item, rating });

        var (unanswered, _) = await Api.PostRawAsync(client, "/api/review/regrade", Body(item.Id, "again"));
        var answered = await AnsweredAsync(client, new { item = item.Id, text = item.ExpectedAnswer, elapsed_ms = 2000 });
        var (lowered, body) = await Api.PostRawAsync(client, "/api/review/regrade", Body(item.Id, "again"));
        var (higher, refusal) = await Api.PostRawAsync(client, "/api/review/regrade", Body(item.Id, "easy"));
        var (nonsense, _) = await Api.PostRawAsync(client, "/api/review/regrade", Body(item.Id, "3"));

        Assert.Equal(HttpStatusCode.Conflict, unanswered);
        Assert.Equal("easy", (string?)answered["rating"]);
        Assert.Equal(HttpStatusCode.OK, lowered);
        Assert.Equal("again", (string?)body["rating"]);
        Assert.Equal("learning", (string?)body["card"]!["state"]);
        Assert.Equal(1, (int)body["card"]!["reps"]!);
        Assert.Equal("in 1 minute", (string?)body["next_review"]!["text"]);
        Assert.Equal(0, (int)Row(body, topic.Id)["learned"]!);
        Assert.Equal(HttpStatusCode.Conflict, higher);
        Assert.Equal(409, (int)refusal["status"]!);
        Assert.Equal(HttpStatusCode.BadRequest, nonsense);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(item.Id, (string?)(await NextAsync(client, topic.Id))["card"]!["id"]);
    }

    [Fact]
    public async Task Choices_are_right_only_with_exactly_the_correct_options()
    {
        var right = First(ConceptKind.Choice);
        var wrong = First(ConceptKind.Choice, i => i.Id != right.Id);
        var wrongPick = Enumerable.Range(0, wrong.Options.Count).First(i => !wrong.Correct.Contains(i));

        var good = await AnsweredAsync(client, new { item = right.Id, selected = right.Correct, elapsed_ms = 40_000 });
        var bad = await AnsweredAsync(client, new { item = wrong.Id, selected = new[] { wrongPick }, elapsed_ms = 2_000 });

        Assert.True((bool)good["correct"]!);
        Assert.Equal("good", (string?)good["rating"]);
        Assert.False((bool)bad["correct"]!);
        Assert.Equal("again", (string?)bad["rating"]);
        Assert.Equal(wrong.Correct, bad["correct_options"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task Short_answers_are_graded_by_the_key_points_the_candidate_covered()
    {
        var item = First(ConceptKind.ShortAnswer, i => i.KeyPoints.Count >= 2);
        var other = First(ConceptKind.ShortAnswer, i => i.KeyPoints.Count >= 2 && i.Id != item.Id);

        var all = await AnsweredAsync(client, new { item = item.Id, text = "my answer", selected = Enumerable.Range(0, item.KeyPoints.Count), elapsed_ms = 120_000 });
        var half = await AnsweredAsync(client, new { item = other.Id, text = "partial", selected = Enumerable.Range(0, (other.KeyPoints.Count + 1) / 2), elapsed_ms = 30_000 });

        Assert.True((bool)all["correct"]!);
        Assert.Equal("good", (string?)all["rating"]);
        Assert.False((bool)half["correct"]!);
        Assert.Equal("hard", (string?)half["rating"]);
    }

    [Fact]
    public async Task A_spot_the_bug_fix_is_run_against_the_hidden_cases_in_the_sandbox()
    {
        var item = First(ConceptKind.SpotTheBug);

        var buggy = await AnsweredAsync(client, new { item = item.Id, code = item.Code, elapsed_ms = 60_000 });
        var fixedRun = await AnsweredAsync(client, new { item = item.Id, code = item.Fixed, elapsed_ms = 60_000 });

        Assert.False((bool)buggy["correct"]!);
        Assert.Equal("again", (string?)buggy["rating"]);
        Assert.True((int)buggy["run"]!["passed"]! < (int)buggy["run"]!["total"]!);
        Assert.True((bool)fixedRun["correct"]!, fixedRun.ToJsonString());
        Assert.Equal(item.Cases.Count, (int)fixedRun["run"]!["passed"]!);
        Assert.Equal(item.Fixed, (string?)fixedRun["fixed"]);
    }

    [Fact]
    public async Task A_fix_turned_away_because_the_sandbox_is_busy_is_503_and_not_counted_as_an_answer()
    {
        var item = First(ConceptKind.SpotTheBug);
        var answer = new { item = item.Id, code = item.Fixed, elapsed_ms = 60_000 };

        await using (await FullExperimentGate.FillAsync(factory.Services))
        {
            var (status, problem) = await AnswerAsync(client, answer);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("try again", (string?)problem["detail"]);
        }
        var (_, progress) = await Api.GetAsync(client, "/api/review/progress");

        Assert.All(progress!.AsArray(), row => Assert.Equal(0, (int)row!["seen"]!));
        var answered = await AnsweredAsync(client, answer);
        Assert.True((bool)answered["correct"]!, answered.ToJsonString());
        Assert.Equal(1, (int)Row(answered, item.Topic)["seen"]!);
    }

    [Fact]
    public async Task Bad_answers_are_problem_details_and_change_nothing()
    {
        var predict = First(ConceptKind.PredictOutput);
        var single = First(ConceptKind.Choice, i => !i.Multiple);
        var shortAnswer = First(ConceptKind.ShortAnswer);
        var bug = First(ConceptKind.SpotTheBug);
        (object Body, string Field)[] invalid =
        [
            (new { text = "x", elapsed_ms = 1 }, "item"),
            (new { item = "no-such-question", text = "x", elapsed_ms = 1 }, "item"),
            (new { item = predict.Id, text = "x" }, "elapsed_ms"),
            (new { item = predict.Id, text = "x", elapsed_ms = -5 }, "elapsed_ms"),
            (new { item = predict.Id, elapsed_ms = 1 }, "text"),
            (new { item = single.Id, selected = new[] { single.Options.Count }, elapsed_ms = 1 }, "selected"),
            (new { item = single.Id, selected = new[] { 0, 1 }, elapsed_ms = 1 }, "selected"),
            (new { item = single.Id, selected = Array.Empty<int>(), elapsed_ms = 1 }, "selected"),
            (new { item = shortAnswer.Id, text = "x", elapsed_ms = 1 }, "selected"),
            (new { item = bug.Id, code = "   ", elapsed_ms = 1 }, "code"),
        ];
        foreach (var (body, field) in invalid)
        {
            var (status, problem) = await AnswerAsync(client, body);
            Assert.True(status == HttpStatusCode.BadRequest, $"{System.Text.Json.JsonSerializer.Serialize(body)} -> {status}");
            Assert.Equal(400, (int)problem["status"]!);
            Assert.NotNull(problem["errors"]![field]);
        }
        var (notJson, _) = await Api.PostRawAsync(client, "/api/review/answer", "item=x", "application/x-www-form-urlencoded");
        var (broken, brokenBody) = await Api.PostRawAsync(client, "/api/review/answer", "{\"item\": ");
        var (unknownTopic, topicProblem) = await Api.GetAsync(client, "/api/review/next?topic=no-such-topic");
        var (_, progress) = await Api.GetAsync(client, "/api/review/progress");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson);
        Assert.Equal(HttpStatusCode.BadRequest, broken);
        Assert.Equal("The body is not valid JSON.", (string?)brokenBody["title"]);
        Assert.Equal(HttpStatusCode.NotFound, unknownTopic);
        Assert.Equal(404, (int)topicProblem!["status"]!);
        Assert.All(progress!.AsArray(), row => Assert.Equal(0, (int)row!["seen"]!));
    }

    [Fact]
    public async Task The_review_page_renders_with_progress_by_topic_and_a_nav_link()
    {
        var html = await client.GetStringAsync("/review");
        var missing = await client.GetAsync("/review?topic=no-such-topic");

        Assert.Contains("id=\"card\"", html);
        Assert.Contains("href=\"/review\"", html);
        Assert.All(Bank.Topics, t => Assert.Contains($"data-topic=\"{t.Id}\"", html));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
