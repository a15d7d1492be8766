using System.Text.Json.Nodes;

namespace PyPrep.Core.Analysis;

/// <summary>The <c>style[]</c> array of the <c>check --json</c> contract, also printed by <c>lint --json</c>.</summary>
public static class StyleJson
{
    public static JsonArray Build(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new JsonArray(findings.Select(f => (JsonNode?)new JsonObject
        {
            ["rule"] = f.Rule,
            ["line"] = f.Line,
            ["column"] = f.Column,
            ["message"] = f.Message,
            ["suggestion"] = f.Suggestion,
        }).ToArray());
    }
}
