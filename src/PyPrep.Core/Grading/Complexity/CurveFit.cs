namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Fits t ≈ a + b·g(n) with a, b ≥ 0 by least squares on relative errors (weights 1/t²), so a
/// microsecond at n = 8 counts as much as a millisecond at n = 65536. The intercept absorbs the
/// fixed cost of a call, which otherwise makes every small-n curve look flat.
/// </summary>
internal static class CurveFit
{
    /// <summary>The mean squared relative error of the best fit of <paramref name="basis"/> to the times.</summary>
    public static double Error(IReadOnlyList<double> times, IReadOnlyList<double> basis)
    {
        var (a, b) = Fit(times, basis);
        var sum = 0.0;
        for (var i = 0; i < times.Count; i++)
        {
            var relative = (times[i] - a - b * basis[i]) / times[i];
            sum += relative * relative;
        }
        return sum / times.Count;
    }

    public static (double A, double B) Fit(IReadOnlyList<double> times, IReadOnlyList<double> basis)
    {
        double sw = 0, sg = 0, sgg = 0, st = 0, stg = 0;
        for (var i = 0; i < times.Count; i++)
        {
            var w = 1 / (times[i] * times[i]);
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
        var slopeOnly = sgg > 0 ? (0.0, stg / sgg) : (st / sw, 0.0);
        var constantOnly = (st / sw, 0.0);
        return Rss(times, basis, slopeOnly) <= Rss(times, basis, constantOnly) ? slopeOnly : constantOnly;
    }

    private static double Rss(IReadOnlyList<double> times, IReadOnlyList<double> basis, (double A, double B) fit)
    {
        var sum = 0.0;
        for (var i = 0; i < times.Count; i++)
        {
            var relative = (times[i] - fit.A - fit.B * basis[i]) / times[i];
            sum += relative * relative;
        }
        return sum;
    }
}
