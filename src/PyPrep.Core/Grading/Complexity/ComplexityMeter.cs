using PyPrep.Core.Content;
using PyPrep.Core.Running;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Measures how a submission's running time grows (issue 4): times it in the sandbox on the
/// challenge's trusted generator at doubling sizes under a hard deadline, times the challenge's
/// reference solutions on the same sizes once per machine (cached), and classifies.
/// </summary>
public sealed class ComplexityMeter(ICodeRunner runner, ComplexityOptions? options = null, ReferenceCurveCache? cache = null)
{
    private readonly ComplexityOptions options = options ?? new ComplexityOptions();

    public ComplexityOptions Options => options;

    public async Task<ComplexityReport> MeasureAsync(ComplexityProblem problem, string code, ResourceLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(code);
        if (problem.Generator is null)
            return ComplexityReport.Failed($"challenge '{problem.Slug}' has no input generator, so growth cannot be measured", problem.Expected) with { ExpectedText = problem.ExpectedText };

        var references = await ReferencesAsync(problem, limits, cancellationToken);
        var run = await TimeAsync(problem, code, options.BudgetSeconds, options.DeadlineSeconds, options.Samples, limits, cancellationToken);
        if (run.Error is { } error && run.Points.Count < options.Classifier.MinSizes)
            return ComplexityReport.Failed(error, problem.Expected) with { ExpectedText = problem.ExpectedText, Samples = run.Points, References = references };

        var estimate = ComplexityClassifier.Classify(run.Points, references, options.Classifier);
        return new ComplexityReport
        {
            Estimate = estimate,
            Expected = problem.Expected,
            ExpectedText = problem.ExpectedText,
            Samples = run.Points,
            References = references,
            Memory = run.Memory,
            MemoryEstimate = run.Memory.Count > 0 ? ClassifyMemory(run.Memory) : null,
            Distrusted = run.Distrusted,
            ElapsedSeconds = run.ElapsedSeconds,
            CpuSeconds = run.CpuSeconds,
        };
    }

    /// <summary>
    /// One timing run of <paramref name="code"/>: it plans its sizes within <paramref name="budgetSeconds"/>
    /// of CPU time and is killed at <paramref name="deadlineSeconds"/> of wall time whatever it is doing.
    /// </summary>
    public async Task<TimingRun> TimeAsync(ComplexityProblem problem, string code, double budgetSeconds, double deadlineSeconds, int samples,
        ResourceLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var request = TimingJob.Build(problem, code, options, budgetSeconds, deadlineSeconds, samples, limits);
        var outcome = await runner.RunAsync(request, cancellationToken);
        return TimingRun.From(outcome);
    }

    /// <summary>The reference curves of a problem: from the cache, or timed now (longer budget, more samples) and cached.</summary>
    public async Task<IReadOnlyList<ReferenceCurve>> ReferencesAsync(ComplexityProblem problem, ResourceLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var curves = new List<ReferenceCurve>();
        if (problem.Generator is null) return curves;
        foreach (var reference in problem.References)
        {
            var key = ReferenceCurveCache.Key(problem, reference, options);
            var points = cache?.TryGet(key);
            if (points is null)
            {
                var run = await TimeAsync(problem, reference.Code, options.ReferenceBudgetSeconds, options.ReferenceDeadlineSeconds, options.ReferenceSamples, limits, cancellationToken);
                if (run.Error is not null && run.Points.Count == 0) continue; // a broken reference is content validate's to report
                points = run.Points;
                cache?.Save(key, points);
            }
            curves.Add(new ReferenceCurve(reference.Name, reference.Class, points));
        }
        return curves;
    }

    // Peak bytes are read with the same fit as time (the 64 bytes keep an allocation-free call
    // positive). Memory that grows like n log n is rare and a dict's resizing steps mimic it, so
    // that class reads as O(n).
    private ComplexityEstimate ClassifyMemory(IReadOnlyList<MemoryPoint> memory)
    {
        var estimate = ComplexityClassifier.Classify(memory.Select(p => new TimingPoint(p.N, p.Bytes + 64.0)).ToList(), null, options.Classifier);
        if (estimate.Closest == ComplexityClass.Linearithmic)
            estimate = estimate with { Class = ComplexityClass.Linear, Closest = ComplexityClass.Linear, Reason = null, Confidence = Math.Max(estimate.Confidence, options.Classifier.MinConfidence) };
        return estimate;
    }
}
