using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Grading;
using PyPrep.Core.Values;
using PyPrep.Web.Features.Content;

namespace PyPrep.Web.Features.Challenges;

/// <summary>A challenge as the API shows it. Hidden cases appear only as a count: never their input or expected value.</summary>
internal static class ChallengeJson
{
    public static JsonObject Summary(Challenge challenge, bool solved)
    {
        var json = GradingRunJson.Summary(challenge);
        json["solved"] = solved;
        return json;
    }

    public static JsonObject Detail(Challenge challenge, bool solved, bool walkthroughUnlocked, int hintsRevealed, MarkdownRenderer markdown)
    {
        var json = Summary(challenge, solved);
        json["entry"] = challenge.Entry;
        json["signature"] = challenge.Signature.Render(challenge.Entry);
        json["statement"] = challenge.Statement;
        json["statement_html"] = markdown.ToHtml(challenge.Statement);
        json["starter"] = challenge.Starter;
        json["visible_cases"] = new JsonArray(challenge.VisibleCases.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["input"] = c.InputText,
            ["expected"] = c.Expected.ToPython(),
        }).ToArray());
        json["hidden_cases"] = challenge.Cases.Count(c => c.Hidden);
        json["hints"] = Progress.ProgressApi.Hints(challenge, hintsRevealed, markdown);
        json["walkthrough_unlocked"] = walkthroughUnlocked;
        return json;
    }
}
