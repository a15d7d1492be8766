using PyPrep.Core.Review;

namespace PyPrep.Core.Tests.Review;

public sealed class ReviewQueueTests
{
    private readonly ManualClock clock = ManualClock.AtNoon();
    private readonly ReviewSettings settings = new() { NewCardsPerDay = 3 };
    private readonly ReviewDeck deck = new();
    private static readonly string[] Items = ["a", "b", "c", "d", "e"];

    private FsrsScheduler Scheduler => new(settings, clock);

    private IReadOnlyList<string> Queue() => ReviewQueue.Build(Items, deck, settings, clock);

    [Fact]
    public void New_questions_are_limited_per_day()
    {
        Assert.Equal(["a", "b", "c"], Queue());
    }

    [Fact]
    public void Questions_first_answered_today_use_up_the_new_card_limit()
    {
        deck.Answer(Scheduler, "a", Rating.Easy);
        deck.Answer(Scheduler, "b", Rating.Easy);
        Assert.Equal(["c"], Queue());
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(["c", "d", "e"], Queue());
    }

    [Fact]
    public void A_wrong_answer_comes_back_in_the_same_session()
    {
        deck.Answer(Scheduler, "a", Rating.Again);
        // Not due yet, so other questions come first, but it is still in today's session.
        Assert.Equal(["b", "c", "a"], Queue());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("a", Queue()[0]);
    }

    [Fact]
    public void A_right_answer_after_a_wrong_one_is_scheduled_days_ahead()
    {
        deck.Answer(Scheduler, "a", Rating.Again);
        clock.Advance(TimeSpan.FromMinutes(1));
        deck.Answer(Scheduler, "a", Rating.Good);
        clock.Advance(TimeSpan.FromMinutes(10));
        var card = deck.Answer(Scheduler, "a", Rating.Good);
        Assert.Equal(CardState.Review, card.State);
        Assert.True(card.Due >= clock.Now.UtcDateTime.AddDays(1));
        Assert.DoesNotContain("a", Queue());
    }

    [Fact]
    public void Review_cards_come_due_on_their_day_before_new_ones()
    {
        var card = deck.Answer(Scheduler, "e", Rating.Easy);
        Assert.DoesNotContain("e", Queue());
        clock.Advance(card.Due - clock.Now.UtcDateTime);
        Assert.Equal("e", Queue()[0]);
    }

    [Fact]
    public void Local_day_follows_the_time_zone_of_the_clock()
    {
        var (start, end) = ReviewQueue.LocalDay(clock);
        Assert.Equal(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(start.AddDays(1), end);
    }

    [Fact]
    public void Topic_progress_counts_seen_learned_and_due()
    {
        deck.Answer(Scheduler, "a", Rating.Easy);
        deck.Answer(Scheduler, "b", Rating.Again);
        clock.Advance(TimeSpan.FromMinutes(2));
        var progress = TopicProgress.Of("t", Items, deck, Scheduler);
        Assert.Equal((5, 2, 1, 1), (progress.Total, progress.Seen, progress.Learned, progress.Due));
        Assert.InRange(progress.AverageRecall, 0.5, 1);
    }
}
