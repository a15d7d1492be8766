using System.Text.Json.Nodes;
using PyPrep.Data.Submissions;

namespace PyPrep.Web.Features.Analysis;

/// <summary>
/// The analyses' part of a submission's JSON: <c>analysis</c> (none, pending, done, failed) and each
/// analysis's object under its name. The complexity object keeps the <c>check --json</c> fields and
/// adds <c>status</c>: <c>pending</c> (with <c>stage</c> queued, deferred or running, and
/// <c>position</c> while queued), <c>done</c>, or <c>failed</c> (with a short <c>reason</c>).
/// </summary>
internal static class AnalysisResultJson
{
    public static void Merge(JsonObject result, Submission submission, AnalysisQueue analysis)
    {
        result["analysis"] = submission.AnalysisStatus.ToString().ToLowerInvariant();
        var found = submission.AnalysisJson is { } json ? JsonNode.Parse(json)!.AsObject() : new JsonObject();
        // Every stored key, registered analyzer or not: submissions analysed by an older version
        // (style used to be an analysis) keep what they found.
        foreach (var (key, value) in found)
        {
            if (value is null) continue;
            var copy = value.DeepClone();
            if (copy is JsonObject measured && !measured.ContainsKey("status") && analysis.Analyzers.Any(a => a.Name == key)) measured["status"] = "done";
            result[key] = copy;
        }
        if (submission.AnalysisStatus != AnalysisStatus.Pending) return;
        foreach (var analyzer in analysis.Analyzers)
        {
            if (found[analyzer.Name] is null && analyzer.Name == "complexity") result["complexity"] = Pending(analysis.StageOf(submission.Id));
        }
    }

    private static JsonObject Pending(AnalysisStage? stage)
    {
        var pending = new JsonObject { ["status"] = "pending" };
        // Unknown here when another node holds it (several web nodes on PostgreSQL): just pending.
        if (stage is null) return pending;
        pending["stage"] = stage.Name;
        if (stage.Position is { } position) pending["position"] = position;
        return pending;
    }
}
