using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Concepts;
using PyPrep.Core.Review;
using PyPrep.Data;
using PyPrep.Data.Review;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// Maps one profile's <see cref="ReviewDeck"/> to the review tables: every card, and today's first
/// answers (all the daily new-question limit needs; the full log stays in the database).
/// </summary>
public sealed class ReviewDeckStore(PyPrepDbContext db, TimeProvider time)
{
    private const string New = "new";
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public async Task<ReviewDeck> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var deck = new ReviewDeck();
        var cards = await db.ReviewCards.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        foreach (var card in cards) deck.Cards[card.ItemId] = ToCard(card);
        var (dayStart, _) = ReviewQueue.LocalDay(time);
        var firsts = await db.ReviewLog.AsNoTracking()
            .Where(l => l.UserId == userId && l.StateBefore == New && l.ReviewedUtc >= dayStart)
            .ToListAsync(cancellationToken);
        deck.Log.AddRange(firsts.Select(l => new ReviewLog(l.ItemId, Enum.Parse<Rating>(l.Rating, ignoreCase: true),
            Utc(l.ReviewedUtc), CardState.New, Utc(l.DueAfterUtc))));
        return deck;
    }

    /// <summary>Stores the card as the answer left it, and the answer in the log with the card it started from.</summary>
    public async Task SaveAsync(string userId, ReviewResult result, ReviewCard? before, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        await UpsertAsync(userId, result.Card, cancellationToken);
        db.ReviewLog.Add(new ReviewLogEntry
        {
            UserId = userId,
            ItemId = result.Card.ItemId,
            Rating = Name(result.Rating),
            StateBefore = Name(result.Log.StateBefore),
            ReviewedUtc = result.Log.ReviewedAt,
            DueAfterUtc = result.Log.DueAfter,
            Correct = result.Outcome.Correct,
            ElapsedMs = (int)Math.Min(int.MaxValue, elapsed.TotalMilliseconds),
            CardBeforeJson = before is null || before.State == CardState.New ? null : JsonSerializer.Serialize(before, Json),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The profile's latest answer to the question (tracked, so a regrade can change it), or null.</summary>
    public Task<ReviewLogEntry?> LastAnswerAsync(string userId, string itemId, CancellationToken cancellationToken) =>
        db.ReviewLog.Where(l => l.UserId == userId && l.ItemId == itemId).OrderByDescending(l => l.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The card as it was before the answer; null when the answer was the question's first.</summary>
    public static ReviewCard? CardBefore(ReviewLogEntry entry) =>
        entry.CardBeforeJson is { } json ? JsonSerializer.Deserialize<ReviewCard>(json, Json) : null;

    public static DateTime ReviewedUtc(ReviewLogEntry entry) => Utc(entry.ReviewedUtc);

    /// <summary>Replaces the answer's grade and the schedule it led to.</summary>
    public async Task RegradeAsync(ReviewLogEntry entry, ReviewCard card, Rating rating, CancellationToken cancellationToken)
    {
        await UpsertAsync(entry.UserId, card, cancellationToken);
        entry.Rating = Name(rating);
        entry.DueAfterUtc = card.Due;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpsertAsync(string userId, ReviewCard card, CancellationToken cancellationToken)
    {
        var row = await db.ReviewCards.SingleOrDefaultAsync(c => c.UserId == userId && c.ItemId == card.ItemId, cancellationToken);
        if (row is null)
        {
            row = new ReviewCardState { UserId = userId, ItemId = card.ItemId, State = Name(card.State) };
            db.ReviewCards.Add(row);
        }
        row.State = Name(card.State);
        row.Stability = card.Stability;
        row.Difficulty = card.Difficulty;
        row.DueUtc = card.Due;
        row.LastReviewUtc = card.LastReview;
        row.Step = card.Step;
        row.Reps = card.Reps;
        row.Lapses = card.Lapses;
    }

    public static string Name(CardState state) => state.ToString().ToLowerInvariant();

    public static string Name(Rating rating) => rating.ToString().ToLowerInvariant();

    private static ReviewCard ToCard(ReviewCardState row) => new()
    {
        ItemId = row.ItemId,
        State = Enum.Parse<CardState>(row.State, ignoreCase: true),
        Stability = row.Stability,
        Difficulty = row.Difficulty,
        Due = Utc(row.DueUtc),
        LastReview = row.LastReviewUtc is { } last ? Utc(last) : null,
        Step = row.Step,
        Reps = row.Reps,
        Lapses = row.Lapses,
    };

    // Providers hand DateTimes back as Unspecified; the scheduler subtracts them from UTC instants.
    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
