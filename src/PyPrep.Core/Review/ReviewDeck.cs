namespace PyPrep.Core.Review;

/// <summary>
/// One profile's review state: a card per question seen and the log of answers. Plain data with no
/// storage attached; the CLI saves it as JSON, the web app maps it to its own tables.
/// </summary>
public sealed class ReviewDeck
{
    public Dictionary<string, ReviewCard> Cards { get; init; } = new(StringComparer.Ordinal);
    public List<ReviewLog> Log { get; init; } = [];

    /// <summary>The card for <paramref name="itemId"/>: the stored one, or a new card due now.</summary>
    public ReviewCard CardFor(string itemId, DateTime now) =>
        Cards.TryGetValue(itemId, out var card) ? card : ReviewCard.New(itemId, now);

    /// <summary>Answers the question now with <paramref name="rating"/> and keeps the new card and the log.</summary>
    public ReviewCard Answer(FsrsScheduler scheduler, string itemId, Rating rating)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var (card, log) = scheduler.Review(CardFor(itemId, scheduler.Now), rating);
        Cards[itemId] = card;
        Log.Add(log);
        return card;
    }

    /// <summary>How many never-seen questions were first answered between the two instants (UTC).</summary>
    public int NewCardsAnswered(DateTime fromUtc, DateTime toUtc) =>
        Log.Count(l => l.StateBefore == CardState.New && l.ReviewedAt >= fromUtc && l.ReviewedAt < toUtc);
}
