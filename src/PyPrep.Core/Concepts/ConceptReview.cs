using PyPrep.Core.Grading;
using PyPrep.Core.Review;

namespace PyPrep.Core.Concepts;

/// <summary>
/// The review use case over the concept bank, for any surface (terminal quiz, web page): which
/// question comes next for a profile, and what an answer does to its schedule. The profile's
/// <see cref="ReviewDeck"/> is passed in and changed in place; storing it is the caller's job.
/// </summary>
public sealed class ConceptReview
{
    private readonly ConceptBank bank;
    private readonly ReviewSettings settings;
    private readonly TimeProvider time;
    private readonly SpotTheBugGrader? fixes;
    private readonly FsrsScheduler scheduler;

    /// <param name="fixes">Runs spot-the-bug fixes; without it those questions are left out of the queue.</param>
    public ConceptReview(ConceptBank bank, ReviewSettings settings, TimeProvider time, SpotTheBugGrader? fixes = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        this.bank = bank;
        this.settings = settings;
        this.time = time;
        this.fixes = fixes;
        scheduler = new FsrsScheduler(settings, time);
    }

    public FsrsScheduler Scheduler => scheduler;

    /// <summary>Today's questions for the profile, in the order to ask them; <paramref name="topic"/> narrows to one topic.</summary>
    public IReadOnlyList<ConceptItem> Queue(ReviewDeck deck, string? topic = null)
    {
        var items = InScope(topic).ToDictionary(i => i.Id);
        return ReviewQueue.Build(items.Keys, deck, settings, time).Select(id => items[id]).ToList();
    }

    /// <summary>The next question to ask, or null when nothing is due and today's new questions are done.</summary>
    public ConceptItem? Next(ReviewDeck deck, string? topic = null) => Queue(deck, topic).FirstOrDefault();

    /// <summary>Checks the answer, rates it from correctness and <paramref name="elapsed"/>, and reschedules the card.</summary>
    public async Task<ReviewResult> AnswerAsync(ReviewDeck deck, string itemId, ConceptResponse response, TimeSpan elapsed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(response);
        var item = bank.Find(itemId) ?? throw new ArgumentException($"unknown question '{itemId}'", nameof(itemId));
        GradingRun? run = null;
        ConceptOutcome outcome;
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                outcome = ConceptAnswers.CheckOutput(item, response.Text ?? "");
                break;
            case ConceptKind.Choice:
                outcome = ConceptAnswers.CheckChoice(item, response.Selected ?? []);
                break;
            case ConceptKind.ShortAnswer:
                outcome = ConceptAnswers.CheckKeyPoints(item, response.Selected ?? []);
                break;
            default:
                if (fixes is null) throw new InvalidOperationException("spot-the-bug answers need a sandbox (pass a SpotTheBugGrader)");
                (outcome, run) = await fixes.CheckAsync(item, response.Code ?? "", cancellationToken);
                break;
        }
        var rating = RatingPolicy.Rate(item.Kind, outcome, elapsed);
        var card = deck.Answer(scheduler, item.Id, rating);
        return new ReviewResult(item, outcome, rating, card, deck.Log[^1], run);
    }

    /// <summary>Progress by topic, in bank order.</summary>
    public IReadOnlyList<TopicProgress> Progress(ReviewDeck deck) =>
        bank.Topics.Select(t => TopicProgress.Of(t.Id, t.Items.Select(i => i.Id).ToList(), deck, scheduler)).ToList();

    private IEnumerable<ConceptItem> InScope(string? topic)
    {
        var items = topic is null ? bank.Items : bank.FindTopic(topic)?.Items ?? [];
        return fixes is null ? items.Where(i => i.Kind != ConceptKind.SpotTheBug) : items;
    }
}
