using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Review;

namespace PyPrep.Core.Tests.Concepts;

/// <summary>The review use case as a page would drive it: next question, answer, schedule.</summary>
public sealed class ConceptReviewTests
{
    private readonly ManualClock clock = ManualClock.AtNoon();
    private readonly ReviewDeck deck = new();
    private readonly ConceptReview review;

    public ConceptReviewTests()
    {
        var topic = ConceptLoader.LoadTopic(Path.Combine(AppContext.BaseDirectory, "Concepts", "sample-topic.yaml"));
        var bank = new ConceptBank { Topics = [topic], Errors = [] };
        review = new ConceptReview(bank, new ReviewSettings(), clock);
    }

    private Task<ReviewResult> Answer(string id, ConceptResponse response, int seconds = 10) =>
        review.AnswerAsync(deck, id, response, TimeSpan.FromSeconds(seconds));

    [Fact]
    public async Task A_wrong_prediction_returns_in_the_same_review_and_a_right_one_goes_days_ahead()
    {
        Assert.Equal("prints-and-raises", review.Next(deck)!.Id);
        var wrong = await Answer("prints-and-raises", new ConceptResponse(Text: "1"));
        Assert.Equal((false, Rating.Again), (wrong.Outcome.Correct, wrong.Rating));
        Assert.Contains(review.Queue(deck), i => i.Id == "prints-and-raises");

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("prints-and-raises", review.Next(deck)!.Id);
        var right = await Answer("prints-and-raises", new ConceptResponse(Text: "1\nKeyError"), seconds: 40);
        Assert.Equal((true, Rating.Good), (right.Outcome.Correct, right.Rating));
        clock.Advance(TimeSpan.FromMinutes(10));
        right = await Answer("prints-and-raises", new ConceptResponse(Text: "1\nKeyError"), seconds: 40);
        Assert.Equal(CardState.Review, right.Card.State);
        Assert.True(right.Card.Due >= clock.Now.UtcDateTime.AddDays(1));
        Assert.DoesNotContain(review.Queue(deck), i => i.Id == "prints-and-raises");
    }

    [Fact]
    public async Task Choices_and_key_points_are_answered_by_index()
    {
        var choice = await Answer("multiple-choice", new ConceptResponse(Selected: [2, 0]));
        Assert.Equal(Rating.Easy, choice.Rating);
        var partial = await Answer("explain-it", new ConceptResponse(Text: "my answer", Selected: [1]));
        Assert.Equal((false, Rating.Hard), (partial.Outcome.Correct, partial.Rating));
        Assert.Equal(2, deck.Log.Count);
    }

    [Fact]
    public void Without_a_sandbox_spot_the_bug_questions_stay_out_of_the_queue()
    {
        Assert.DoesNotContain(review.Queue(deck), i => i.Kind == ConceptKind.SpotTheBug);
        Assert.Equal(4, review.Queue(deck).Count);
    }

    [Fact]
    public async Task Progress_is_reported_per_topic()
    {
        await Answer("single-choice", new ConceptResponse(Selected: [1]));
        var progress = Assert.Single(review.Progress(deck));
        Assert.Equal(("sample-topic", 5, 1, 1), (progress.Topic, progress.Total, progress.Seen, progress.Learned));
    }

    [Fact]
    public async Task Unknown_question_ids_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Answer("nope", new ConceptResponse()));
    }
}
