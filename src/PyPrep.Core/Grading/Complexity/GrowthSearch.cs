namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Searches a continuous family of curves for the one that fits measured times best (robustly,
/// with a fixed cost per call): the growth exponent e of t ≈ a + b·nᵉ, and the power k of the log
/// factor in t ≈ a + b·base(n)·(log n)ᵏ. A continuous answer says how far a curve is from each
/// class, which a choice among the seven class curves cannot.
/// </summary>
internal static class GrowthSearch
{
    private const double Step = 0.05;

    /// <summary>The exponent, its fit error, and how many times over the fitted curve grows across the sizes.</summary>
    public static (double Exponent, double Error, double Growth) Exponent(IReadOnlyList<TimingPoint> points, double maxExponent)
    {
        var times = points.Select(p => p.Seconds).ToArray();
        double scale = points[^1].N;
        (double Exponent, double Error, double Growth) best = (0, double.PositiveInfinity, 1);
        for (var e = 0.0; e <= maxExponent + 1e-9; e += Step)
        {
            var basis = points.Select(p => Math.Pow(p.N / scale, e)).ToArray();
            var (a, b, error) = CurveFit.Robust(times, basis);
            if (error < best.Error) best = (e, error, (a + b) / Math.Max(a + b * basis[0], double.Epsilon));
        }
        return best;
    }

    /// <summary>
    /// The power k of the log factor that best turns <paramref name="baseline"/> (a theoretical curve or a
    /// reference's measured times, by size) into the times measured, and the fit error.
    /// </summary>
    public static (double Power, double Error) LogPower(IReadOnlyList<TimingPoint> points, Func<int, double> baseline, double min, double max)
    {
        var times = points.Select(p => p.Seconds).ToArray();
        var scale = points[^1].N;
        var top = baseline(scale);
        (double Power, double Error) best = (0, double.PositiveInfinity);
        for (var k = min; k <= max + 1e-9; k += Step)
        {
            var power = k;
            var basis = points.Select(p => baseline(p.N) / top * Math.Pow(Log(p.N) / Log(scale), power)).ToArray();
            var error = CurveFit.Robust(times, basis).Error;
            if (error < best.Error) best = (Math.Round(k, 2), error);
        }
        return best;
    }

    /// <summary>How much a + b·log n, fitted robustly, grows per doubling of n, relative to its value at the smallest size.</summary>
    public static double LogGrowthPerDoubling(IReadOnlyList<TimingPoint> points)
    {
        var times = points.Select(p => p.Seconds).ToArray();
        var scale = points[^1].N;
        var basis = points.Select(p => Log(p.N) / Log(scale)).ToArray();
        var (a, b, _) = CurveFit.Robust(times, basis);
        var doublings = Math.Log2((double)points[^1].N / points[0].N);
        return doublings <= 0 ? 0 : ((a + b) / Math.Max(a + b * basis[0], double.Epsilon) - 1) / doublings;
    }

    // log2, kept away from zero so n = 1 still has a usable curve.
    private static double Log(double n) => Math.Log2(Math.Max(n, 2));
}
