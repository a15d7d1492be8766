namespace PyPrep.Data.Review;

/// <summary>
/// One answer to a concept question: the rating it got and the state it left the card in. The
/// daily new-question limit counts these, and they are the history an FSRS optimiser needs.
/// </summary>
public sealed class ReviewLogEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string ItemId { get; set; }
    /// <summary>again, hard, good or easy: as derived from the answer, or lowered by the candidate afterwards.</summary>
    public required string Rating { get; set; }
    /// <summary>The card's state before this answer; "new" marks a question's first answer.</summary>
    public required string StateBefore { get; set; }
    public DateTime ReviewedUtc { get; set; }
    public DateTime DueAfterUtc { get; set; }
    /// <summary>Whether the answer was right, and how long it took the candidate, for history pages.</summary>
    public bool Correct { get; set; }
    public int ElapsedMs { get; set; }
    /// <summary>
    /// The card as it was before this answer (JSON of Core's ReviewCard; null for a question's first
    /// answer), so a candidate who lowers the grade ("I guessed") is rescheduled from the same state.
    /// </summary>
    public string? CardBeforeJson { get; set; }
}
