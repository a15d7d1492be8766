namespace PyPrep.Core.Review;

/// <summary>How far a profile has got with one topic.</summary>
/// <param name="Total">Questions in the topic.</param>
/// <param name="Seen">Questions answered at least once.</param>
/// <param name="Learned">Questions graduated to day-long intervals.</param>
/// <param name="Due">Seen questions due now.</param>
/// <param name="AverageRecall">Mean chance of recall now over the seen questions (0 when none).</param>
public sealed record TopicProgress(string Topic, int Total, int Seen, int Learned, int Due, double AverageRecall)
{
    /// <summary>Progress for one topic from the deck; <paramref name="itemIds"/> are the topic's questions.</summary>
    public static TopicProgress Of(string topic, IReadOnlyCollection<string> itemIds, ReviewDeck deck, FsrsScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(scheduler);
        var cards = itemIds.Select(id => deck.Cards.GetValueOrDefault(id)).OfType<ReviewCard>()
            .Where(c => c.State != CardState.New).ToList();
        var now = scheduler.Now;
        return new TopicProgress(topic, itemIds.Count, cards.Count,
            cards.Count(c => c.State == CardState.Review),
            cards.Count(c => c.Due <= now),
            cards.Count == 0 ? 0 : cards.Average(scheduler.Retrievability));
    }
}
