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
        var result = await Review.AnswerAsync(deck, item.Id, response, elapsed, cancellationToken);
        await store.SaveAsync(user.RequiredId, result, elapsed, cancellationToken);
        return result;
    }

    /// <summary>The earliest due card among the questions in scope, for "nothing due until ...".</summary>
    public ReviewCard? NextDue(ReviewDeck deck, string? topic) => deck.Cards.Values
        .Where(c => c.State != CardState.New && Bank.Find(c.ItemId) is { } item && (topic is null || item.Topic == topic)
            && (FixesAvailable || item.Kind != ConceptKind.SpotTheBug))
        .OrderBy(c => c.Due)
        .FirstOrDefault();
}
