using System.Text.Json.Nodes;
using PyPrep.Core.Concepts;
using PyPrep.Core.Grading;
using PyPrep.Core.Review;
using PyPrep.Web.Features.Content;
using PyPrep.Web.Features.Submissions;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// Cards, answers and progress as the review API shows them. A card never carries its answer
/// (the printed output, the correct options, the fix); those come with the answer's result.
/// Short-answer cards carry their model answer and key points: the candidate grades themselves.
/// </summary>
internal static class ReviewJson
{
    public static string KindName(ConceptKind kind) => kind switch
    {
        ConceptKind.PredictOutput => "predict-output",
        ConceptKind.Choice => "choice",
        ConceptKind.SpotTheBug => "spot-the-bug",
        _ => "short-answer",
    };

    public static JsonObject Card(ConceptItem item, ReviewCard card, ConceptBank bank, MarkdownRenderer markdown)
    {
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["kind"] = KindName(item.Kind),
            ["topic"] = item.Topic,
            ["topic_title"] = bank.FindTopic(item.Topic)?.Title ?? item.Topic,
            ["level"] = item.Level.ToString().ToLowerInvariant(),
            ["roles"] = new JsonArray(item.Roles.Select(r => (JsonNode)r).ToArray()),
            ["question_html"] = markdown.ToHtml(item.Question),
            ["code"] = item.Code,
            ["state"] = ReviewDeckStore.Name(card.State),
            ["reps"] = card.Reps,
            ["lapses"] = card.Lapses,
        };
        switch (item.Kind)
        {
            case ConceptKind.Choice:
                json["multiple"] = item.Multiple;
                json["options_html"] = new JsonArray(item.Options.Select(o => (JsonNode)Inline(markdown, o)).ToArray());
                break;
            case ConceptKind.SpotTheBug:
                json["entry"] = item.Entry;
                break;
            case ConceptKind.ShortAnswer:
                json["model_answer_html"] = markdown.ToHtml(item.ModelAnswer ?? "");
                json["key_points_html"] = new JsonArray(item.KeyPoints.Select(p => (JsonNode)Inline(markdown, p)).ToArray());
                break;
        }
        return json;
    }

    /// <summary>How many questions are left today, by the state they are in.</summary>
    public static JsonObject Queue(IReadOnlyList<ConceptItem> queue, ReviewDeck deck)
    {
        var states = queue.Select(i => deck.Cards.TryGetValue(i.Id, out var c) ? c.State : CardState.New).ToList();
        return new JsonObject
        {
            ["total"] = queue.Count,
            ["new"] = states.Count(s => s == CardState.New),
            ["learning"] = states.Count(s => s is CardState.Learning or CardState.Relearning),
            ["review"] = states.Count(s => s == CardState.Review),
        };
    }

    public static JsonObject Answer(ReviewResult result, ConceptResponse response, DateTime now, MarkdownRenderer markdown)
    {
        var item = result.Item;
        var json = new JsonObject
        {
            ["item"] = item.Id,
            ["kind"] = KindName(item.Kind),
            ["correct"] = result.Outcome.Correct,
            ["score"] = Math.Round(result.Outcome.Score, 3),
            ["detail"] = result.Outcome.Detail,
            ["rating"] = ReviewDeckStore.Name(result.Rating),
            ["explanation_html"] = markdown.ToHtml(item.Explanation),
            ["card"] = Schedule(result.Card),
            ["next_review"] = NextReview(result.Card, now),
        };
        switch (item.Kind)
        {
            case ConceptKind.PredictOutput:
                json["expected"] = item.ExpectedAnswer;
                json["given"] = response.Text;
                break;
            case ConceptKind.Choice:
                json["correct_options"] = new JsonArray(item.Correct.Select(i => (JsonNode)i).ToArray());
                json["selected"] = new JsonArray((response.Selected ?? []).Distinct().Order().Select(i => (JsonNode)i).ToArray());
                break;
            case ConceptKind.ShortAnswer:
                json["covered"] = new JsonArray((response.Selected ?? []).Distinct().Order().Select(i => (JsonNode)i).ToArray());
                json["key_points"] = item.KeyPoints.Count;
                break;
            case ConceptKind.SpotTheBug:
                json["fixed"] = item.Fixed;
                json["run"] = Run(result.Run);
                break;
        }
        return json;
    }

    /// <summary>A card's schedule after an answer or a regrade.</summary>
    public static JsonObject Schedule(ReviewCard card) => new()
    {
        ["state"] = ReviewDeckStore.Name(card.State),
        ["due_utc"] = card.Due,
        ["stability_days"] = Math.Round(card.Stability, 2),
        ["reps"] = card.Reps,
        ["lapses"] = card.Lapses,
    };

    public static JsonObject NextReview(ReviewCard card, DateTime now) => new()
    {
        ["due_utc"] = card.Due,
        ["in_seconds"] = Math.Max(0, (long)(card.Due - now).TotalSeconds),
        ["text"] = Until(card.Due - now),
    };

    /// <summary>
    /// The fix's run: how many hidden cases pass and, for a failing one, only the kind of failure
    /// (its inputs stay hidden, as for challenges).
    /// </summary>
    private static JsonObject? Run(GradingRun? run)
    {
        if (run is null) return null;
        var failure = run.Cases.FirstOrDefault(c => !c.Passed);
        return new JsonObject
        {
            ["verdict"] = VerdictNames.Name(run.Verdict),
            ["passed"] = run.Passed,
            ["total"] = run.Total,
            ["first_failure"] = failure is null ? null : failure.Error is { } error
                ? SubmissionJson.ExceptionName(error)
                : VerdictNames.Name(failure.Status, true),
            // A run-level error (a syntax error, say) is about the candidate's own code, never a case.
            ["error"] = run.Error is { } e ? e[..Math.Min(e.Length, 600)] : null,
        };
    }

    public static JsonArray Progress(IReadOnlyList<TopicProgress> progress, ConceptBank bank) => new(progress.Select(p => (JsonNode)new JsonObject
    {
        ["topic"] = p.Topic,
        ["title"] = bank.FindTopic(p.Topic)?.Title ?? p.Topic,
        ["total"] = p.Total,
        ["seen"] = p.Seen,
        ["learned"] = p.Learned,
        ["due"] = p.Due,
        ["average_recall"] = Math.Round(p.AverageRecall, 3),
    }).ToArray());

    /// <summary>"in 1 minute", "in 10 minutes", "in 5 hours", "in 3 days": when a question comes back.</summary>
    public static string Until(TimeSpan span)
    {
        if (span < TimeSpan.FromSeconds(30)) return "now";
        if (span < TimeSpan.FromMinutes(59.5)) return In((int)Math.Max(1, Math.Round(span.TotalMinutes)), "minute");
        if (span < TimeSpan.FromHours(23.5)) return In((int)Math.Round(span.TotalHours), "hour");
        return In((int)Math.Round(span.TotalDays), "day");
    }

    private static string In(int count, string unit) => $"in {count} {unit}{(count == 1 ? "" : "s")}";

    /// <summary>A one-paragraph Markdown snippet (an option, a key point) without its paragraph tags.</summary>
    private static string Inline(MarkdownRenderer markdown, string text)
    {
        var html = markdown.ToHtml(text).Trim();
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
               && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
