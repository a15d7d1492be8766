namespace PyPrep.Core.Review;

/// <summary>
/// The memory state of one question for one profile. Plain data: the CLI keeps it in JSON, the web
/// app in its database. Times are UTC.
/// </summary>
public sealed record ReviewCard
{
    public required string ItemId { get; init; }
    public CardState State { get; init; } = CardState.New;
    /// <summary>Days for the chance of recall to fall to 90%; 0 while new.</summary>
    public double Stability { get; init; }
    /// <summary>From 1 (easy) to 10 (hard); 0 while new.</summary>
    public double Difficulty { get; init; }
    /// <summary>When the card should next be shown.</summary>
    public DateTime Due { get; init; }
    public DateTime? LastReview { get; init; }
    /// <summary>Index into the learning or relearning steps while in those states.</summary>
    public int Step { get; init; }
    public int Reps { get; init; }
    public int Lapses { get; init; }

    public static ReviewCard New(string itemId, DateTime now) => new() { ItemId = itemId, Due = now };
}
