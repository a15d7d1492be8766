namespace PyPrep.Data.Review;

/// <summary>
/// The FSRS memory state of one concept question for one user (Core's <c>ReviewCard</c>, stored).
/// <see cref="ItemId"/> is the question's stable id in content/concepts. Times are UTC
/// <see cref="DateTime"/>s: SQLite cannot order a DateTimeOffset.
/// </summary>
public sealed class ReviewCardState
{
    public required string UserId { get; set; }
    public required string ItemId { get; set; }
    /// <summary>new, learning, review or relearning.</summary>
    public required string State { get; set; }
    public double Stability { get; set; }
    public double Difficulty { get; set; }
    public DateTime DueUtc { get; set; }
    public DateTime? LastReviewUtc { get; set; }
    public int Step { get; set; }
    public int Reps { get; set; }
    public int Lapses { get; set; }
}
