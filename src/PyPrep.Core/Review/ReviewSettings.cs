namespace PyPrep.Core.Review;

/// <summary>A profile's review settings: the FSRS-5 weights, the retention target and the daily limits.</summary>
public sealed record ReviewSettings
{
    /// <summary>The published FSRS-5 default weights w0..w18.</summary>
    public static IReadOnlyList<double> DefaultWeights { get; } =
    [
        0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192,
        1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
    ];

    public IReadOnlyList<double> Weights { get; init; } = DefaultWeights;

    /// <summary>The chance of recall at which a card comes due (r in I(r, S)); 0.7 to 0.99.</summary>
    public double DesiredRetention { get; init; } = 0.9;

    /// <summary>How many never-seen questions a day may introduce.</summary>
    public int NewCardsPerDay { get; init; } = 20;

    public int MaximumIntervalDays { get; init; } = 36500;

    /// <summary>Delays before a new card comes back the same day; Good moves one step on, past the last it graduates.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];

    /// <summary>Delays before a forgotten card comes back the same day.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps { get; init; } = [TimeSpan.FromMinutes(10)];

    /// <summary>When nothing else is left, learning cards due within this window are shown early.</summary>
    public TimeSpan LearnAhead { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (Weights.Count != 19) throw new ArgumentException($"FSRS-5 needs 19 weights, got {Weights.Count}");
        if (DesiredRetention is < 0.7 or > 0.99) throw new ArgumentException($"desired retention must be between 0.7 and 0.99, got {DesiredRetention}");
        if (NewCardsPerDay < 0) throw new ArgumentException("new cards per day cannot be negative");
        if (MaximumIntervalDays < 1) throw new ArgumentException("maximum interval must be at least one day");
        if (LearningSteps.Concat(RelearningSteps).Any(s => s <= TimeSpan.Zero)) throw new ArgumentException("learning steps must be positive");
    }
}
