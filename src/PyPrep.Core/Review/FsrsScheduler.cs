namespace PyPrep.Core.Review;

/// <summary>
/// Moves a card through New → Learning → Review ⇄ Relearning with the FSRS-5 memory model: short
/// learning steps the same day, then intervals of days at which recall falls to the desired retention.
/// The clock comes from <see cref="TimeProvider"/> so tests control time.
/// </summary>
public sealed class FsrsScheduler
{
    private readonly ReviewSettings settings;
    private readonly TimeProvider time;
    private readonly Fsrs fsrs;

    public FsrsScheduler(ReviewSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        settings.Validate();
        this.settings = settings;
        this.time = time;
        fsrs = new Fsrs(settings.Weights);
    }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The card after answering it now with <paramref name="rating"/>, and the log of that answer.</summary>
    public (ReviewCard Card, ReviewLog Log) Review(ReviewCard card, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(rating)) throw new ArgumentOutOfRangeException(nameof(rating));
        var now = Now;
        var elapsedDays = card.LastReview is { } last ? (int)Math.Floor((now - last).TotalDays) : 0;
        var isNew = card.State == CardState.New;
        var (stability, difficulty) = fsrs.Next(isNew ? null : card.Stability, isNew ? null : card.Difficulty, elapsedDays, rating);
        var next = card with
        {
            Stability = stability,
            Difficulty = difficulty,
            LastReview = now,
            Reps = card.Reps + 1,
        };
        next = card.State switch
        {
            CardState.New => Step(next, CardState.Learning, settings.LearningSteps, 0, rating, now),
            CardState.Learning => Step(next, CardState.Learning, settings.LearningSteps, card.Step, rating, now),
            CardState.Relearning => Step(next, CardState.Relearning, settings.RelearningSteps, card.Step, rating, now),
            _ when rating == Rating.Again => Step(next with { Lapses = card.Lapses + 1 }, CardState.Relearning, settings.RelearningSteps, 0, rating, now),
            _ => Graduate(next, now),
        };
        return (next, new ReviewLog(card.ItemId, rating, now, card.State, next.Due));
    }

    /// <summary>Whole days until the card's recall falls to the desired retention, at least 1.</summary>
    public int IntervalDays(double stability)
    {
        var days = Math.Round(Fsrs.Interval(stability, settings.DesiredRetention), MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(days, 1, settings.MaximumIntervalDays);
    }

    /// <summary>The chance of recalling the card now by the forgetting curve; 0 for a card never reviewed.</summary>
    public double Retrievability(ReviewCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.State == CardState.New || card.LastReview is not { } last) return 0;
        return Fsrs.Retrievability((Now - last).TotalDays, card.Stability);
    }

    // py-fsrs style steps: Again restarts, Hard repeats the step (the first one a little longer),
    // Good moves to the next step or graduates, Easy graduates at once.
    private ReviewCard Step(ReviewCard card, CardState state, IReadOnlyList<TimeSpan> steps, int step, Rating rating, DateTime now)
    {
        if (steps.Count == 0 || rating == Rating.Easy) return Graduate(card, now);
        step = Math.Min(step, steps.Count - 1);
        switch (rating)
        {
            case Rating.Again:
                return card with { State = state, Step = 0, Due = now + steps[0] };
            case Rating.Hard:
                var delay = step == 0
                    ? steps.Count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
                    : steps[step];
                return card with { State = state, Step = step, Due = now + delay };
            default:
                return step + 1 >= steps.Count
                    ? Graduate(card, now)
                    : card with { State = state, Step = step + 1, Due = now + steps[step + 1] };
        }
    }

    private ReviewCard Graduate(ReviewCard card, DateTime now) =>
        card with { State = CardState.Review, Step = 0, Due = now.AddDays(IntervalDays(card.Stability)) };
}
