using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Review;

namespace PyPrep.Web.Features.Review;

/// <summary>
/// The review page: today's concept cards one at a time, the answer checked and explained, the next
/// review shown, and progress by topic beside it. The browser side is wwwroot/js/review.js over
/// the review API.
/// </summary>
public sealed class ReviewModel(ReviewSession session) : PageModel
{
    public string? Topic { get; private set; }
    public IReadOnlyList<(string Id, string Title)> Topics { get; private set; } = [];
    public IReadOnlyList<TopicProgress> Progress { get; private set; } = [];
    public ReviewSettings Settings => session.Settings;
    public string ClientData { get; private set; } = "{}";

    public string TitleOf(string topic) => session.Bank.FindTopic(topic)?.Title ?? topic;

    public async Task<IActionResult> OnGetAsync(string? topic, CancellationToken cancellationToken)
    {
        if (topic is { Length: > 0 } && session.Bank.FindTopic(topic) is null) return NotFound();
        Topic = topic is { Length: > 0 } ? topic : null;
        Topics = session.Bank.Topics.Select(t => (t.Id, t.Title)).ToList();
        var deck = await session.DeckAsync(cancellationToken);
        Progress = session.Review.Progress(deck);
        ClientData = new JsonObject { ["topic"] = Topic }.ToJsonString();
        return Page();
    }
}
