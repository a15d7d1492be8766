namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Fits t ≈ a + b·g(n) with a, b ≥ 0 on relative errors, so a microsecond at n = 8 counts as much
/// as a millisecond at n = 65536. The intercept absorbs the fixed cost of a call, which otherwise
/// makes every small-n curve look flat. <see cref="Robust"/> reweights toward the least absolute
/// relative deviation, so one size a busy moment slowed does not bend the fit.
/// </summary>
internal static class CurveFit
{
    private const int RobustRounds = 4;
    // Residuals below this count as this: a perfect point must not take all the weight.
    private const double ResidualFloor = 0.01;

    /// <summary>The best robust fit and its mean absolute relative error.</summary>
    public static (double A, double B, double Error) Robust(IReadOnlyList<double> times, IReadOnlyList<double> basis)
    {
        var weights = times.Select(t => 1 / (t * t)).ToArray();
        var (a, b) = Fit(times, basis, weights);
        for (var round = 0; round < RobustRounds; round++)
        {
            for (var i = 0; i < times.Count; i++)
                weights[i] = 1 / (times[i] * times[i]) / Math.Max(Math.Abs(Relative(times, basis, i, a, b)), ResidualFloor);
            (a, b) = Fit(times, basis, weights);
        }
        var error = 0.0;
        for (var i = 0; i < times.Count; i++) error += Math.Abs(Relative(times, basis, i, a, b));
        return (a, b, error / times.Count);
    }

    /// <summary>Weighted least squares of a + b·g with a, b ≥ 0.</summary>
    public static (double A, double B) Fit(IReadOnlyList<double> times, IReadOnlyList<double> basis, IReadOnlyList<double> weights)
    {
        double sw = 0, sg = 0, sgg = 0, st = 0, stg = 0;
        for (var i = 0; i < times.Count; i++)
        {
            var w = weights[i];
            var g = basis[i];
            sw += w;
            sg += w * g;
            sgg += w * g * g;
            st += w * times[i];
            stg += w * times[i] * g;
        }
        var det = sw * sgg - sg * sg;
        if (det > 1e-12 * sw * sgg)
        {
            var a = (st * sgg - sg * stg) / det;
            var b = (sw * stg - sg * st) / det;
            if (a >= 0 && b >= 0) return (a, b);
        }
        // On the boundary: the better of "no fixed cost" and "no growth".
        (double, double) slopeOnly = sgg > 0 ? (0.0, stg / sgg) : (st / sw, 0.0);
        (double, double) constantOnly = (st / sw, 0.0);
        return Rss(times, basis, weights, slopeOnly) <= Rss(times, basis, weights, constantOnly) ? slopeOnly : constantOnly;
    }

    private static double Relative(IReadOnlyList<double> times, IReadOnlyList<double> basis, int i, double a, double b) =>
        (times[i] - a - b * basis[i]) / times[i];

    private static double Rss(IReadOnlyList<double> times, IReadOnlyList<double> basis, IReadOnlyList<double> weights, (double A, double B) fit)
    {
        var sum = 0.0;
        for (var i = 0; i < times.Count; i++)
        {
            var residual = times[i] - fit.A - fit.B * basis[i];
            sum += weights[i] * residual * residual;
        }
        return sum;
    }
}
