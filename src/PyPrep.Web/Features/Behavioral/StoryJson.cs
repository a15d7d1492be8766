using System.Text.Json.Nodes;
using PyPrep.Core.Behavioral;
using PyPrep.Data.Stories;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// A story as the API shows it: <c>id</c>, <c>title</c>, <c>answer</c>, <c>prompts[]</c> (<c>id</c>,
/// <c>theme</c>, <c>prompt</c>; <c>unknown</c> when the bank no longer has it), <c>score</c> and
/// <c>band</c> from the STAR coach, <c>created_utc</c>, <c>updated_utc</c>; the full report under
/// <c>report</c> when asked for one story.
/// </summary>
internal static class StoryJson
{
    public static JsonObject Build(SavedStory story, BehavioralContent content, bool withReport = false)
    {
        var report = content.Coach.Analyze(story.Answer);
        var json = new JsonObject
        {
            ["id"] = story.Id.ToString(),
            ["title"] = story.Title,
            ["answer"] = story.Answer,
            ["prompts"] = new JsonArray(story.Prompts.Select(p => p.PromptId).Order(StringComparer.Ordinal)
                .Select(id => (JsonNode?)Prompt(id, content.Bank)).ToArray()),
            ["score"] = report.Score,
            ["band"] = report.Band.ToString().ToLowerInvariant(),
            ["created_utc"] = DateTime.SpecifyKind(story.CreatedUtc, DateTimeKind.Utc),
            ["updated_utc"] = DateTime.SpecifyKind(story.UpdatedUtc, DateTimeKind.Utc),
        };
        if (withReport) json["report"] = StarReportJson.Build(report);
        return json;
    }

    /// <summary>Every theme with its prompts: <c>id</c>, <c>title</c>, <c>prompts[]</c> (<c>id</c>, <c>prompt</c>, <c>shows[]</c>, <c>follow_ups[]</c>).</summary>
    public static JsonArray Themes(BehavioralBank bank) => new(bank.Themes.Select(theme => (JsonNode?)new JsonObject
    {
        ["id"] = theme.Id,
        ["title"] = theme.Title,
        ["prompts"] = new JsonArray(theme.Prompts.Select(p => (JsonNode?)new JsonObject
        {
            ["id"] = p.Id,
            ["prompt"] = p.Text,
            ["shows"] = Strings(p.Shows),
            ["follow_ups"] = Strings(p.FollowUps),
        }).ToArray()),
    }).ToArray());

    private static JsonObject Prompt(string id, BehavioralBank bank) => bank.Find(id) is { } prompt
        ? new JsonObject { ["id"] = id, ["theme"] = prompt.Theme, ["prompt"] = prompt.Text }
        : new JsonObject { ["id"] = id, ["theme"] = null, ["prompt"] = null, ["unknown"] = true };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
