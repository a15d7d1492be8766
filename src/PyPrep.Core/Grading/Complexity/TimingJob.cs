using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>Builds the harness's "time" job (docs/harness-protocol.md) and the limits it runs under.</summary>
public static class TimingJob
{
    /// <summary>Bumped when the job or the harness's timing changes, so cached reference curves are retaken.</summary>
    public const int Version = 4;

    public static RunRequest Build(ComplexityProblem problem, string code, ComplexityOptions options, double budgetSeconds, int samples,
        ResourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var job = new JsonObject
        {
            ["mode"] = "time",
            ["code"] = code,
            ["kind"] = problem.Kind,
            ["entry"] = problem.Entry,
            ["generator"] = problem.Generator,
            ["seed"] = options.Seed,
            ["sizes"] = new JsonArray(options.Sizes().Select(n => (JsonNode?)n).ToArray()),
            ["samples"] = samples,
            ["sample_seconds"] = options.SampleSeconds,
            // The harness stops starting sizes a little before the host's hard deadline, so the
            // last records arrive before the kill; the deadline still bounds everything.
            ["budget_seconds"] = budgetSeconds * 0.85,
            ["generate_seconds"] = budgetSeconds * 0.25,
            ["memory"] = options.Memory,
            ["max_sizes"] = options.MaxSizes,
            ["stdout_chars"] = 8192,
        };
        var baseLimits = limits ?? ResourceLimits.Default;
        var runLimits = baseLimits with
        {
            WallSeconds = budgetSeconds,
            CpuSeconds = Math.Ceiling(budgetSeconds) + 1,
            CaseSeconds = budgetSeconds,
        };
        return new RunRequest(job, runLimits);
    }
}
