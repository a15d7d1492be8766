using System.Text.Json.Nodes;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The <c>complexity</c> object of the <c>check --json</c> contract. <c>estimate</c> and
/// <c>expected</c> are always one of DESIGN.md's labels (<c>O(1)</c> … <c>O(2^n)</c>) or null:
/// <c>estimate</c> is null when the measurement cannot tell (then <c>note</c> says why and
/// <c>closest</c> names the best fit), <c>expected</c> is null when the challenge's wording is not one
/// of the classes (<c>O(n log k)</c>). The wording itself is <c>expected_text</c>, free text for
/// people. Also <c>confidence</c> (0 to 1), <c>samples[]</c> of <c>n</c> and <c>seconds</c>,
/// <c>method</c>, <c>reference[]</c> curves and <c>memory</c>.
/// </summary>
public static class ComplexityReportJson
{
    /// <summary>How people are told the estimate is null: the measurement could not decide.</summary>
    public const string NotSure = "not sure";

    public static JsonObject Build(ComplexityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var estimate = report.Estimate;
        var json = new JsonObject
        {
            ["estimate"] = estimate.Class is { } c ? ComplexityLabels.Label(c) : null,
            ["expected"] = report.Expected is { } e ? ComplexityLabels.Label(e) : null,
            ["confidence"] = Math.Round(estimate.Confidence, 3),
            ["method"] = estimate.Method,
            ["samples"] = Samples(report.Samples),
        };
        if (report.ExpectedText is { } text && text != (string?)json["expected"]) json["expected_text"] = text;
        if (estimate.Class is null && estimate.Closest is { } closest) json["closest"] = ComplexityLabels.Label(closest);
        if (estimate.Reason is { } reason) json["note"] = reason;
        if (report.Error is { } error) json["error"] = error;
        if (report.References.Count > 0)
        {
            json["reference"] = new JsonArray(report.References.Select(r => (JsonNode?)new JsonObject
            {
                ["solution"] = r.Name,
                ["complexity"] = ComplexityLabels.Label(r.Class),
                ["samples"] = Samples(r.Points),
            }).ToArray());
        }
        if (report.Memory.Count > 0)
        {
            json["memory"] = new JsonObject
            {
                ["estimate"] = report.MemoryEstimate?.Class is { } m ? ComplexityLabels.Label(m) : null,
                ["confidence"] = Math.Round(report.MemoryEstimate?.Confidence ?? 0, 3),
                ["samples"] = new JsonArray(report.Memory.Select(p => (JsonNode?)new JsonObject { ["n"] = p.N, ["bytes"] = p.Bytes }).ToArray()),
            };
        }
        if (report.Distrusted > 0) json["distrusted_sizes"] = report.Distrusted;
        return json;
    }

    private static JsonArray Samples(IReadOnlyList<TimingPoint> points) =>
        new(points.Select(p => (JsonNode?)new JsonObject { ["n"] = p.N, ["seconds"] = p.Seconds }).ToArray());
}
