using System.Text.Json.Nodes;

namespace PyPrep.Core.Design;

/// <summary>
/// A <see cref="CoverageReport"/> as JSON for the web API: <c>scenario</c>, <c>covered</c>,
/// <c>total</c>, <c>percent</c>, and <c>items[]</c> (<c>id</c>, <c>section</c>, <c>point</c>,
/// <c>status</c> = covered | elsewhere | missing, <c>found[]</c>, <c>missing[]</c>, <c>found_in</c>).
/// </summary>
public static class CoverageReportJson
{
    /// <summary>The report as one JSON object.</summary>
    public static JsonObject Build(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["scenario"] = report.Scenario,
            ["covered"] = report.Covered,
            ["total"] = report.Items.Count,
            ["percent"] = report.Percent,
            ["items"] = new JsonArray(report.Items.Select(i => (JsonNode?)new JsonObject
            {
                ["id"] = i.Item.Id,
                ["section"] = i.Item.Section,
                ["point"] = i.Item.Point,
                ["status"] = i.Status.ToString().ToLowerInvariant(),
                ["found"] = new JsonArray(i.Found.Select(f => (JsonNode?)f).ToArray()),
                ["missing"] = new JsonArray(i.Missing.Select(m => (JsonNode?)m).ToArray()),
                ["found_in"] = i.FoundIn,
            }).ToArray()),
        };
    }
}
