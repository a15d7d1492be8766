using System.Text.Json.Nodes;
using PyPrep.Core.Content;

namespace PyPrep.Core.Grading;

/// <summary>
/// The <c>check --json</c> contract of DESIGN.md, shared by the CLI and the web API: verdict,
/// counts, cases (input/expected/actual only for visible ones), complexity and style.
/// </summary>
public static class GradingRunJson
{
    public static JsonObject Build(GradingRun run, JsonNode? complexity = null, JsonArray? style = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cases = new JsonArray();
        foreach (var result in run.Cases)
        {
            var item = new JsonObject
            {
                ["id"] = result.Id,
                ["hidden"] = result.Hidden,
                ["status"] = VerdictNames.Name(result.Status, asCaseStatus: true),
                ["time_ms"] = Math.Round(result.TimeMs, 3),
            };
            if (!result.Hidden)
            {
                item["input"] = result.Input;
                item["expected"] = result.Expected?.ToPython();
                item["actual"] = result.Actual?.ToPython();
            }
            if (result.Stdout is not null) item["stdout"] = result.Stdout;
            if (result.Error is not null) item["error"] = result.Error;
            if (result.Note is not null) item["note"] = result.Note;
            cases.Add(item);
        }
        var json = new JsonObject
        {
            ["challenge"] = run.Challenge,
            ["verdict"] = VerdictNames.Name(run.Verdict),
            ["passed"] = run.Passed,
            ["total"] = run.Total,
            ["cases"] = cases,
            ["complexity"] = complexity,
            ["style"] = style ?? new JsonArray(),
        };
        if (run.Error is not null) json["error"] = run.Error;
        if (run.Output is not null) json["output"] = run.Output;
        return json;
    }

    /// <summary>The list entry of <c>challenges --json</c>.</summary>
    public static JsonObject Summary(Challenge challenge) => new()
    {
        ["slug"] = challenge.Slug,
        ["title"] = challenge.Title,
        ["difficulty"] = challenge.Difficulty.ToString().ToLowerInvariant(),
        ["level"] = challenge.Level.ToString().ToLowerInvariant(),
        ["topics"] = new JsonArray(challenge.Topics.Select(t => (JsonNode?)t).ToArray()),
        ["patterns"] = new JsonArray(challenge.Patterns.Select(t => (JsonNode?)t).ToArray()),
        ["roles"] = new JsonArray(challenge.Roles.Select(t => (JsonNode?)t).ToArray()),
        ["kind"] = challenge.Kind.ToString().ToLowerInvariant(),
        ["expected_complexity"] = challenge.ExpectedComplexity,
    };
}
