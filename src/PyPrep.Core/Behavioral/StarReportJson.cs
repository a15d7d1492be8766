using System.Text.Json.Nodes;

namespace PyPrep.Core.Behavioral;

/// <summary>
/// The <c>star --json</c> contract of DESIGN.md, shared by the CLI and the web API: <c>parts</c>,
/// <c>first_person</c>, <c>measurable_result</c>, <c>tools</c>, <c>words</c>, <c>score</c>,
/// <c>advice</c>; plus <c>band</c>, <c>speaking_minutes</c>, <c>thin</c>, <c>measures</c>,
/// <c>fillers</c>, <c>hedges</c>, <c>breakdown</c> and <c>text</c> (each part as found).
/// </summary>
public static class StarReportJson
{
    /// <summary>The report as one JSON object.</summary>
    public static JsonObject Build(StarReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new JsonObject();
        var thin = new JsonArray();
        var text = new JsonObject();
        foreach (var part in report.Parts)
        {
            var key = Key(part.Part);
            parts[key] = part.Present;
            if (part.Thin) thin.Add(key);
            text[key] = part.Text;
        }
        return new JsonObject
        {
            ["parts"] = parts,
            ["first_person"] = report.FirstPerson,
            ["measurable_result"] = report.MeasurableResult,
            ["tools"] = new JsonArray(report.Tools.Select(t => (JsonNode?)t).ToArray()),
            ["words"] = report.Words,
            ["score"] = report.Score,
            ["advice"] = new JsonArray(report.Advice.Select(a => (JsonNode?)a).ToArray()),
            ["band"] = report.Band.ToString().ToLowerInvariant(),
            ["speaking_minutes"] = Math.Round(report.SpeakingMinutes, 2),
            ["thin"] = thin,
            ["measures"] = new JsonArray(report.Measures.Select(m => (JsonNode?)m).ToArray()),
            ["fillers"] = Terms(report.Fillers),
            ["hedges"] = Terms(report.Hedges),
            ["breakdown"] = new JsonArray(report.Breakdown.Select(i => (JsonNode?)new JsonObject
            {
                ["criterion"] = Key(i.Criterion),
                ["earned"] = i.Earned,
                ["max"] = i.Max,
                ["finding"] = i.Finding,
                ["advice"] = i.Advice,
            }).ToArray()),
            ["text"] = text,
        };
    }

    /// <summary>The snake_case name of a part ("situation").</summary>
    public static string Key(StarPart part) => part.ToString().ToLowerInvariant();

    /// <summary>The snake_case name of a criterion ("first_person").</summary>
    public static string Key(StarCriterion criterion) => criterion switch
    {
        StarCriterion.FirstPerson => "first_person",
        StarCriterion.MeasurableResult => "measurable_result",
        _ => criterion.ToString().ToLowerInvariant(),
    };

    private static JsonArray Terms(IReadOnlyList<TermCount> terms) =>
        new(terms.Select(t => (JsonNode?)new JsonObject { ["term"] = t.Term, ["count"] = t.Count }).ToArray());
}
