using Microsoft.Extensions.Options;
using PyPrep.Core.Concepts;
using PyPrep.Core.Grading;
using PyPrep.Core.Review;
using PyPrep.Web.Features.Accounts;
using PyPrep.Web.Features.Grading;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// The signed-in profile's review (solo mode: the local profile): Core's <see cref="ConceptReview"/>
/// over the deck stored for that profile. Spot-the-bug questions need the sandbox; without one they
/// are left out of the queue, as in the terminal quiz.
/// </summary>
public sealed class ReviewSession
{
    private readonly ReviewDeckStore store;
    private readonly CurrentUser user;

    public ReviewSession(ConceptBank bank, IOptions<ReviewOptions> options, TimeProvider time, SandboxState sandbox,
        IServiceProvider services, ReviewDeckStore store, CurrentUser user)
    {
        this.store = store;
        this.user = user;
        Bank = bank;
        Settings = options.Value.ToSettings();
        // The grader (and its warm pool) is only created when the sandbox can run.
        var fixes = sandbox.IsAvailable ? new SpotTheBugGrader(services.GetRequiredService<Grader>()) : null;
        Review = new ConceptReview(bank, Settings, time, fixes);
        FixesAvailable = fixes is not null;
    }

    public ConceptBank Bank { get; }
    public ReviewSettings Settings { get; }
    public ConceptReview Review { get; }
    public bool FixesAvailable { get; }
    public DateTime Now => Review.Scheduler.Now;

    public Task<ReviewDeck> DeckAsync(CancellationToken cancellationToken) => store.LoadAsync(user.RequiredId, cancellationToken);

    /// <summary>Checks and schedules the answer, then stores the card and the log before answering.</summary>
    public async Task<ReviewResult> AnswerAsync(ReviewDeck deck, ConceptItem item, ConceptResponse response, TimeSpan elapsed,
        CancellationToken cancellationToken)
    {
        var before = deck.Cards.GetValueOrDefault(item.Id);
        var result = await Review.AnswerAsync(deck, item.Id, response, elapsed, cancellationToken);
        await store.SaveAsync(user.RequiredId, result, before, elapsed, cancellationToken);
        return result;
    }

    /// <summary>
    /// Lowers the grade of the profile's latest answer to the question ("I guessed") and reschedules
    /// the card from the state it was in before that answer. Only lower, and only soon after: a
    /// grade is earned by the answer, not chosen. The refusal says why when it is not allowed.
    /// </summary>
    public async Task<(ReviewCard? Card, string? Refusal)> RegradeAsync(ConceptItem item, Rating rating, CancellationToken cancellationToken)
    {
        if (await store.LastAnswerAsync(user.RequiredId, item.Id, cancellationToken) is not { } entry)
            return (null, "this question has not been answered yet");
        if (Now - ReviewDeckStore.ReviewedUtc(entry) > RegradeWindow)
            return (null, $"an answer can be regraded for {RegradeWindow.TotalMinutes} minutes after it is given");
        var current = Enum.Parse<Rating>(entry.Rating, ignoreCase: true);
        if (rating > current)
            return (null, $"a grade can only be lowered (this answer is rated {entry.Rating}); answer again to earn a higher one");
        var before = ReviewDeckStore.CardBefore(entry) ?? ReviewCard.New(item.Id, ReviewDeckStore.ReviewedUtc(entry));
        var (card, _) = Review.Scheduler.Review(before, rating);
        await store.RegradeAsync(entry, card, rating, cancellationToken);
        return (card, null);
    }

    public static TimeSpan RegradeWindow { get; } = TimeSpan.FromMinutes(30);

    /// <summary>The earliest due card among the questions in scope, for "nothing due until ...".</summary>
    public ReviewCard? NextDue(ReviewDeck deck, string? topic) => deck.Cards.Values
        .Where(c => c.State != CardState.New && Bank.Find(c.ItemId) is { } item && (topic is null || item.Topic == topic)
            && (FixesAvailable || item.Kind != ConceptKind.SpotTheBug))
        .OrderBy(c => c.Due)
        .FirstOrDefault();
}
