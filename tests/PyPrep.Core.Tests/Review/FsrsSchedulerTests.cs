using PyPrep.Core.Review;

namespace PyPrep.Core.Tests.Review;

public sealed class FsrsSchedulerTests
{
    private readonly ManualClock clock = ManualClock.AtNoon();

    private FsrsScheduler Scheduler(ReviewSettings? settings = null) => new(settings ?? new ReviewSettings(), clock);

    [Fact]
    public void New_card_answered_again_comes_back_after_the_first_learning_step()
    {
        var scheduler = Scheduler();
        var (card, log) = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Again);
        Assert.Equal(CardState.Learning, card.State);
        Assert.Equal(clock.Now.UtcDateTime.AddMinutes(1), card.Due);
        Assert.Equal(CardState.New, log.StateBefore);
        Assert.Equal(1, card.Reps);
    }

    [Fact]
    public void Good_walks_the_learning_steps_then_graduates_to_days()
    {
        var scheduler = Scheduler();
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Good).Card;
        Assert.Equal((CardState.Learning, 1), (card.State, card.Step));
        Assert.Equal(clock.Now.UtcDateTime.AddMinutes(10), card.Due);

        clock.Advance(TimeSpan.FromMinutes(10));
        card = scheduler.Review(card, Rating.Good).Card;
        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(clock.Now.UtcDateTime.AddDays(scheduler.IntervalDays(card.Stability)), card.Due);
        Assert.True(card.Due >= clock.Now.UtcDateTime.AddDays(1));
    }

    [Fact]
    public void Hard_on_the_first_step_waits_between_the_two_steps()
    {
        var scheduler = Scheduler();
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Hard).Card;
        Assert.Equal(clock.Now.UtcDateTime.AddMinutes(5.5), card.Due);
        Assert.Equal(0, card.Step);
    }

    [Fact]
    public void Easy_on_a_new_card_graduates_at_once_sixteen_days_ahead()
    {
        var scheduler = Scheduler();
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Easy).Card;
        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(clock.Now.UtcDateTime.AddDays(16), card.Due);
    }

    [Fact]
    public void Forgetting_a_review_card_counts_a_lapse_and_relearns()
    {
        var scheduler = Scheduler();
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Easy).Card;
        clock.Advance(TimeSpan.FromDays(16));
        var before = card.Stability;
        card = scheduler.Review(card, Rating.Again).Card;
        Assert.Equal(CardState.Relearning, card.State);
        Assert.Equal(1, card.Lapses);
        Assert.True(card.Stability < before);
        Assert.Equal(clock.Now.UtcDateTime.AddMinutes(10), card.Due);

        clock.Advance(TimeSpan.FromMinutes(10));
        card = scheduler.Review(card, Rating.Good).Card;
        Assert.Equal(CardState.Review, card.State);
    }

    [Fact]
    public void Lower_retention_target_gives_longer_intervals()
    {
        var strict = Scheduler(new ReviewSettings { DesiredRetention = 0.95 });
        var relaxed = Scheduler(new ReviewSettings { DesiredRetention = 0.8 });
        Assert.True(relaxed.IntervalDays(20) > strict.IntervalDays(20));
    }

    [Fact]
    public void Intervals_never_pass_the_maximum()
    {
        var scheduler = Scheduler(new ReviewSettings { MaximumIntervalDays = 30 });
        Assert.Equal(30, scheduler.IntervalDays(5000));
        Assert.Equal(1, scheduler.IntervalDays(0.01));
    }

    [Fact]
    public void Without_learning_steps_every_first_answer_is_scheduled_in_days()
    {
        var scheduler = Scheduler(new ReviewSettings { LearningSteps = [] });
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Again).Card;
        Assert.Equal(CardState.Review, card.State);
        Assert.Equal(clock.Now.UtcDateTime.AddDays(1), card.Due);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Settings_out_of_range_are_refused(double retention)
    {
        var error = Assert.Throws<ArgumentException>(() => Scheduler(new ReviewSettings { DesiredRetention = retention }));
        Assert.Contains("retention", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Retrievability_falls_as_time_passes()
    {
        var scheduler = Scheduler();
        var card = scheduler.Review(ReviewCard.New("q", scheduler.Now), Rating.Easy).Card;
        Assert.Equal(1.0, scheduler.Retrievability(card), 1e-9);
        clock.Advance(TimeSpan.FromDays(card.Stability));
        Assert.Equal(0.9, scheduler.Retrievability(card), 1e-9);
        Assert.Equal(0, scheduler.Retrievability(ReviewCard.New("other", scheduler.Now)));
    }
}
