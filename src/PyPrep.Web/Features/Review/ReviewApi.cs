using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PyPrep.Core.Concepts;
using PyPrep.Core.Content;
using PyPrep.Core.Review;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Grading;
using PyPrep.Web.Features.Submissions;
using PyPrep.Web.Hosting;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// Concept drills with spaced repetition: <c>GET /api/review/next</c> (the next card of today's
/// queue), <c>POST /api/review/answer</c> (check, rate, reschedule), <c>POST /api/review/regrade</c>
/// (lower the grade just given) and <c>GET /api/review/progress</c>.
/// </summary>
public static class ReviewApi
{
    private const int MaxAnswerChars = 16 * 1024;

    public static WebApplicationBuilder AddReview(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section)
            .Validate(o => o.NewCardsPerDay is >= 0 and <= 1000, "Review:NewCardsPerDay must be between 0 and 1000")
            .Validate(o => o.DesiredRetention is >= 0.7 and <= 0.99, "Review:DesiredRetention must be between 0.7 and 0.99")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var bank = ConceptBank.Load(services.GetRequiredService<ContentBank>().Root);
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("PyPrep.Review");
            foreach (var error in bank.Errors) logger.LogWarning("concept bank problem: {Error}", error);
            return bank;
        });
        builder.Services.AddScoped<ReviewDeckStore>();
        builder.Services.AddScoped<ReviewSession>();
        return builder;
    }

    public static WebApplication MapReviewApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/review");
        api.MapGet("/next", NextAsync);
        api.MapPost("/answer", AnswerAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapPost("/regrade", RegradeAsync).AddEndpointFilter<AntiforgeryFilter>();
        api.MapGet("/progress", ProgressAsync);
        return app;
    }

    /// <summary>The first card of today's queue (null when nothing is due), what is left, and when the next card comes due.</summary>
    private static async Task<IResult> NextAsync(ReviewSession session, MarkdownRenderer markdown, string? topic = null,
        CancellationToken cancellationToken = default)
    {
        if (topic is not null && session.Bank.FindTopic(topic) is null) return Problems.NotFound($"unknown topic '{topic}'");
        var deck = await session.DeckAsync(cancellationToken);
        var queue = session.Review.Queue(deck, topic);
        var next = queue.FirstOrDefault();
        var upcoming = next is null ? session.NextDue(deck, topic) : null;
        return TypedResults.Ok(new JsonObject
        {
            ["topic"] = topic,
            ["card"] = next is null ? null : ReviewJson.Card(next, deck.CardFor(next.Id, session.Now), session.Bank, markdown),
            ["queue"] = ReviewJson.Queue(queue, deck),
            ["next_due_utc"] = upcoming?.Due,
            ["next_due_in"] = upcoming is null ? null : ReviewJson.Until(upcoming.Due - session.Now),
            ["new_per_day"] = session.Settings.NewCardsPerDay,
            ["desired_retention"] = session.Settings.DesiredRetention,
            ["spot_the_bug"] = session.FixesAvailable,
        });
    }

    private static async Task<IResult> AnswerAsync(HttpRequest http, ReviewSession session, ExperimentGate gate, MarkdownRenderer markdown,
        SandboxState sandbox, IOptions<HostingOptions> hosting, CancellationToken cancellationToken)
    {
        var maxCode = hosting.Value.MaxCodeBytes;
        var (request, problem) = await JsonBody.ReadAsync<ReviewAnswerRequest>(http, maxCode * 6L + 64 * 1024, cancellationToken);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(request!.Item)) return Problems.Invalid("item", "is required (the id of the card from GET /api/review/next)");
        if (session.Bank.Find(request.Item) is not { } item) return Problems.Invalid("item", $"unknown question '{request.Item}'");
        if (request.ElapsedMs is not (>= 0 and <= 86_400_000))
            return Problems.Invalid("elapsed_ms", "is required: milliseconds from showing the card to answering, 0 to 86400000");
        if (request.Topic is { } topic && session.Bank.FindTopic(topic) is null) return Problems.Invalid("topic", $"unknown topic '{topic}'");
        if (Guard(item, request, maxCode) is { } refused) return refused;
        if (item.Kind == ConceptKind.SpotTheBug && !session.FixesAvailable)
            return Problems.Unavailable("the sandbox cannot run on this machine, so fixes cannot be checked: " + sandbox.Problem, 60);

        var response = new ConceptResponse(request.Text, request.Selected, request.Code);
        var elapsed = TimeSpan.FromMilliseconds(request.ElapsedMs.Value);
        var deck = await session.DeckAsync(cancellationToken);
        using var turn = item.Kind == ConceptKind.SpotTheBug ? await gate.EnterAsync(cancellationToken) : null;
        if (item.Kind == ConceptKind.SpotTheBug && turn is null) return ExperimentGate.Busy();
        var result = await session.AnswerAsync(deck, item, response, elapsed, cancellationToken);

        var body = ReviewJson.Answer(result, response, session.Now, markdown);
        body["progress"] = ReviewJson.Progress(session.Review.Progress(deck), session.Bank);
        // What is left today with this answer counted, so the page's counts move when the answer lands.
        body["queue"] = ReviewJson.Queue(session.Review.Queue(deck, request.Topic), deck);
        return TypedResults.Ok(body);
    }

    /// <summary>Lowers the grade of the latest answer to a question ("I guessed") and answers with the new schedule.</summary>
    private static async Task<IResult> RegradeAsync(HttpRequest http, ReviewSession session, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<ReviewRegradeRequest>(http, 16 * 1024, cancellationToken);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(request!.Item) || session.Bank.Find(request.Item) is not { } item)
            return Problems.Invalid("item", $"unknown question '{request.Item}'");
        if (request.Rating is not { } name || !Enum.TryParse<Rating>(name, ignoreCase: true, out var rating) || !Enum.IsDefined(rating)
            || name.Any(char.IsDigit))
            return Problems.Invalid("rating", "must be \"again\", \"hard\", \"good\" or \"easy\"");
        var (card, refusal) = await session.RegradeAsync(item, rating, cancellationToken);
        if (card is null)
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict, title: "The grade cannot be changed.");
        var deck = await session.DeckAsync(cancellationToken);
        return TypedResults.Ok(new JsonObject
        {
            ["item"] = item.Id,
            ["rating"] = ReviewDeckStore.Name(rating),
            ["card"] = ReviewJson.Schedule(card),
            ["next_review"] = ReviewJson.NextReview(card, session.Now),
            ["progress"] = ReviewJson.Progress(session.Review.Progress(deck), session.Bank),
        });
    }

    private static async Task<IResult> ProgressAsync(ReviewSession session, CancellationToken cancellationToken)
    {
        var deck = await session.DeckAsync(cancellationToken);
        return TypedResults.Ok(ReviewJson.Progress(session.Review.Progress(deck), session.Bank));
    }

    /// <summary>Null when the answer has the shape the question's kind needs, else the problem to answer with.</summary>
    private static IResult? Guard(ConceptItem item, ReviewAnswerRequest request, int maxCodeBytes)
    {
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                if (request.Text is null) return Problems.Invalid("text", "is required: what the snippet prints (empty when it prints nothing)");
                if (request.Text.Length > MaxAnswerChars) return Problems.TooLarge($"text is longer than {MaxAnswerChars} characters");
                return null;
            case ConceptKind.Choice:
                if (request.Selected is not { Count: > 0 } chosen) return Problems.Invalid("selected", "is required: the chosen options, indexes from 0");
                if (chosen.Any(i => i < 0 || i >= item.Options.Count))
                    return Problems.Invalid("selected", $"option indexes run from 0 to {item.Options.Count - 1}");
                if (!item.Multiple && chosen.Distinct().Count() > 1) return Problems.Invalid("selected", "this question takes exactly one option");
                return null;
            case ConceptKind.ShortAnswer:
                if (request.Selected is not { } covered) return Problems.Invalid("selected", "is required: the key points your answer covered, indexes from 0 (may be empty)");
                if (covered.Any(i => i < 0 || i >= item.KeyPoints.Count))
                    return Problems.Invalid("selected", $"key point indexes run from 0 to {item.KeyPoints.Count - 1}");
                if (request.Text is { Length: > MaxAnswerChars }) return Problems.TooLarge($"text is longer than {MaxAnswerChars} characters");
                return null;
            default:
                if (string.IsNullOrWhiteSpace(request.Code)) return Problems.Invalid("code", "is required: your fixed version of the code");
                if (Encoding.UTF8.GetByteCount(request.Code) > maxCodeBytes) return Problems.TooLarge($"code is larger than the limit of {maxCodeBytes} bytes");
                return null;
        }
    }
}
