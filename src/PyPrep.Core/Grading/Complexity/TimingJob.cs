using System.Text.Json.Nodes;
using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>Builds the harness's "time" job (docs/harness-protocol.md) and the limits it runs under.</summary>
public static class TimingJob
{
    /// <summary>Bumped when the job or the harness's timing changes, so cached reference curves are retaken.</summary>
    public const int Version = 8;

    /// <param name="budgetSeconds">CPU time the run may use; the harness starts no new size past it.</param>
    /// <param name="deadlineSeconds">Wall-clock time after which the host kills the sandbox, whatever it is doing.</param>
    public static RunRequest Build(ComplexityProblem problem, string code, ComplexityOptions options, double budgetSeconds, double deadlineSeconds,
        int samples, ResourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
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
            // The harness stops starting sizes a little before the budget, and before the host's
            // hard deadline, so the last records arrive before the kill; the deadline still
            // bounds everything.
            ["budget_seconds"] = budgetSeconds * 0.85,
            ["wall_seconds"] = deadlineSeconds * 0.85,
            ["generate_seconds"] = budgetSeconds * 0.25,
            ["memory"] = options.Memory,
            ["max_sizes"] = options.MaxSizes,
            ["stdout_chars"] = 8192,
        };
        var baseLimits = limits ?? ResourceLimits.Default;
        var runLimits = baseLimits with
        {
            WallSeconds = deadlineSeconds,
            CpuSeconds = Math.Ceiling(budgetSeconds) + 1,
            CaseSeconds = budgetSeconds,
        };
        return new RunRequest(job, runLimits);
    }
}
