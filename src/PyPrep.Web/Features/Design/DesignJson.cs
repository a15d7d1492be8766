using System.Text.Json.Nodes;
using PyPrep.Core.Design;
using PyPrep.Data.Design;

namespace PyPrep.Web.Features.Design;

/// <summary>Scenarios and worksheets as the API shows them.</summary>
internal static class DesignJson
{
    /// <summary>One line of the list: <c>slug</c>, <c>title</c>, <c>level</c>, <c>companions[]</c>, and the saved worksheet's coverage (or null).</summary>
    public static JsonObject Summary(DesignScenario scenario, SavedWorksheet? saved) => new()
    {
        ["slug"] = scenario.Slug,
        ["title"] = scenario.Title,
        ["level"] = scenario.Level,
        ["companions"] = Strings(scenario.Companions),
        ["worksheet"] = saved is null ? null : new JsonObject
        {
            ["updated_utc"] = DateTime.SpecifyKind(saved.UpdatedUtc, DateTimeKind.Utc),
            ["percent"] = RubricCoverage.Evaluate(scenario, WorksheetStore.ToCore(saved)).Percent,
        },
    };

    /// <summary>The scenario as the candidate starts it: <c>prompt</c> and the worksheet's questions, no rubric or reference.</summary>
    public static JsonObject Detail(DesignScenario scenario) => new()
    {
        ["slug"] = scenario.Slug,
        ["title"] = scenario.Title,
        ["level"] = scenario.Level,
        ["prompt"] = scenario.Prompt,
        ["worksheet"] = new JsonArray(scenario.Worksheet.Select(q => (JsonNode?)new JsonObject
        {
            ["section"] = q.Section,
            ["title"] = WorksheetSections.Title(q.Section),
            ["question"] = q.Question,
        }).ToArray()),
        ["companions"] = Strings(scenario.Companions),
    };

    /// <summary>A worksheet with its rubric coverage: <c>scenario</c>, <c>answers</c>, <c>updated_utc</c> (null until saved), <c>coverage</c>.</summary>
    public static JsonObject Worksheet(DesignScenario scenario, Worksheet worksheet, DateTime? updatedUtc)
    {
        var answers = new JsonObject();
        foreach (var (section, _) in WorksheetSections.All)
        {
            if (worksheet.Answer(section) is { Length: > 0 } text) answers[section] = text;
        }
        return new JsonObject
        {
            ["scenario"] = scenario.Slug,
            ["answers"] = answers,
            ["updated_utc"] = updatedUtc is { } when ? DateTime.SpecifyKind(when, DateTimeKind.Utc) : null,
            ["coverage"] = CoverageReportJson.Build(RubricCoverage.Evaluate(scenario, worksheet)),
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
