namespace PyPrep.Core.Review;

/// <summary>
/// Today's review queue for one profile: learning cards that are due, review cards due by the end of
/// the local day, new questions up to the daily limit, then learning cards due soon (learn-ahead).
/// </summary>
public static class ReviewQueue
{
    /// <summary>
    /// The ids to ask, in order, from <paramref name="itemIds"/> (the questions in scope, in bank order).
    /// </summary>
    public static IReadOnlyList<string> Build(IEnumerable<string> itemIds, ReviewDeck deck, ReviewSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow().UtcDateTime;
        var (dayStart, dayEnd) = LocalDay(time);
        var newLeft = Math.Max(0, settings.NewCardsPerDay - deck.NewCardsAnswered(dayStart, dayEnd));

        var learningDue = new List<ReviewCard>();
        var reviewDue = new List<ReviewCard>();
        var learnAhead = new List<ReviewCard>();
        var fresh = new List<string>();
        foreach (var id in itemIds.Distinct())
        {
            if (!deck.Cards.TryGetValue(id, out var card) || card.State == CardState.New)
            {
                if (fresh.Count < newLeft) fresh.Add(id);
                continue;
            }
            var learning = card.State is CardState.Learning or CardState.Relearning;
            if (learning && card.Due <= now) learningDue.Add(card);
            else if (learning && card.Due <= now + settings.LearnAhead) learnAhead.Add(card);
            else if (!learning && card.Due < dayEnd) reviewDue.Add(card);
        }
        return learningDue.OrderBy(c => c.Due).Select(c => c.ItemId)
            .Concat(reviewDue.OrderBy(c => c.Due).Select(c => c.ItemId))
            .Concat(fresh)
            .Concat(learnAhead.OrderBy(c => c.Due).Select(c => c.ItemId))
            .ToList();
    }

    /// <summary>Start and end (UTC) of the current day in the time provider's local time zone.</summary>
    public static (DateTime Start, DateTime End) LocalDay(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var zone = time.LocalTimeZone;
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);
        var midnight = new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date));
        return (midnight.UtcDateTime, midnight.AddDays(1).UtcDateTime);
    }
}
