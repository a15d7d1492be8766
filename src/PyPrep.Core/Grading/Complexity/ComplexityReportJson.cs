using System.Text.Json.Nodes;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The <c>complexity</c> object of the <c>check --json</c> contract: <c>estimate</c> (a label, or
/// <c>"not sure"</c>), <c>expected</c>, <c>confidence</c>, <c>samples[]</c> of <c>n</c> and
/// <c>seconds</c>; also <c>method</c>, <c>closest</c>, <c>note</c>, <c>reference[]</c> curves and <c>memory</c>.
/// </summary>
public static class ComplexityReportJson
{
    public const string NotSure = "not sure";

    public static JsonObject Build(ComplexityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var estimate = report.Estimate;
        var json = new JsonObject
        {
            ["estimate"] = estimate.Class is { } c ? ComplexityLabels.Label(c) : NotSure,
            ["expected"] = report.ExpectedLabel,
            ["confidence"] = Math.Round(estimate.Confidence, 3),
            ["method"] = estimate.Method,
            ["samples"] = Samples(report.Samples),
        };
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
                ["estimate"] = report.MemoryEstimate?.Class is { } m ? ComplexityLabels.Label(m) : NotSure,
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
