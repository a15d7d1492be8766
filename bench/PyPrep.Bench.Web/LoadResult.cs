using System.Globalization;

namespace PyPrep.Bench.Web;

/// <summary>The figures of a run and the one line CI and people read.</summary>
internal sealed record LoadResult(double PerSecond, double P50, double P95, double Max, int Completed, int Errors, double WallSeconds,
    BenchOptions Options, string? FirstError)
{
    /// <summary>Submissions graded over the whole run, warm-up included (for CPU per submission).</summary>
    public int Graded { get; init; }

    public string Line => string.Create(CultureInfo.InvariantCulture,
        $"web submissions_per_s={PerSecond:F1} p50_ms={P50:F0} p95_ms={P95:F0} errors={Errors}");

    public string Details
    {
        get
        {
            var error = FirstError is null ? "" : "; first error: " + FirstError;
            return string.Create(CultureInfo.InvariantCulture,
                $"two-sum submit ?wait=true, honest/failing alternating, target {Options.Rate}/s for {Options.Seconds} s after {Options.WarmupSeconds} s warm-up: {Completed} ok in {WallSeconds:F1} s, max {Max:F0} ms, {Environment.ProcessorCount} cores{error}");
        }
    }

    public static LoadResult From(List<double> samples, int errors, double wall, BenchOptions options, string? firstError)
    {
        samples.Sort();
        double Percentile(double p) => samples.Count == 0 ? 0 : samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return new LoadResult(wall > 0 ? samples.Count / wall : 0, Percentile(0.50), Percentile(0.95), samples.Count == 0 ? 0 : samples[^1],
            samples.Count, errors, wall, options, firstError);
    }
}
