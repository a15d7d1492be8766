using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Core.Tests.Grading.Complexity;

/// <summary>
/// Deterministic timing data shaped like this machine's measurements: a fixed cost per call, a
/// cost per unit of work, optional memory effects (per-element cost growing with n, as dicts
/// show) and multiplicative noise from a fixed sequence, never a random one.
/// </summary>
internal static class SyntheticTimings
{
    public static IReadOnlyList<int> Doubling(int from = 16, int to = 65536)
    {
        var sizes = new List<int>();
        for (var n = from; n <= to; n *= 2) sizes.Add(n);
        return sizes;
    }

    /// <param name="work">Work units at n (n, n log2 n, n², …).</param>
    /// <param name="perUnit">Seconds per unit of work.</param>
    /// <param name="overhead">Seconds every call costs whatever n is.</param>
    /// <param name="memoryGrowth">Per-doubling growth of the cost per unit (1.18 is a dict from 256 to 1M).</param>
    /// <param name="noise">Relative amplitude of the deterministic noise.</param>
    /// <param name="phase">Shifts the noise sequence, for several distinct "runs".</param>
    public static List<TimingPoint> Curve(IEnumerable<int> sizes, Func<double, double> work, double perUnit, double overhead = 2e-7,
        double memoryGrowth = 1.0, double noise = 0.03, int phase = 0)
    {
        var points = new List<TimingPoint>();
        var i = 0;
        foreach (var n in sizes)
        {
            var memory = Math.Pow(memoryGrowth, Math.Max(0, Math.Log2(n) - 8));
            // The minimum of samples only ever errs upward, so the noise is one-sided.
            var jitter = 1 + noise * (0.5 + 0.5 * Math.Sin(1.7 * (i + phase) + 0.3 * phase));
            points.Add(new TimingPoint(n, (overhead + perUnit * work(n) * memory) * jitter));
            i++;
        }
        return points;
    }

    public static double Constant(double n) => 1;
    public static double Log(double n) => Math.Log2(n);
    public static double Linear(double n) => n;
    public static double Linearithmic(double n) => n * Math.Log2(n);
    public static double Quadratic(double n) => n * n;
    public static double Cubic(double n) => n * n * n;
}
