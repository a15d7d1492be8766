using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Bench.Complexity;

/// <summary>
/// The baseline, in the manner of the <c>big_O</c> package: for every class an ordinary
/// (unweighted) least-squares fit of t = a + b·g(n), no constraints on a and b, and the class with
/// the smallest residual wins. It always answers; it never says "not sure".
/// </summary>
internal static class BaselineFit
{
    public static ComplexityClass Classify(IReadOnlyList<TimingPoint> points)
    {
        var scale = points.Max(p => p.N);
        var best = ComplexityClass.Constant;
        var bestResidual = double.PositiveInfinity;
        foreach (var complexity in ComplexityLabels.All)
        {
            var g = points.Select(p => ComplexityLabels.Curve(complexity, p.N, scale)).ToArray();
            var t = points.Select(p => p.Seconds).ToArray();
            double n = t.Length, sg = g.Sum(), sgg = g.Sum(x => x * x), st = t.Sum(), stg = g.Zip(t, (x, y) => x * y).Sum();
            var det = n * sgg - sg * sg;
            double a, b;
            if (Math.Abs(det) < 1e-300) { a = st / n; b = 0; }
            else { a = (st * sgg - sg * stg) / det; b = (n * stg - sg * st) / det; }
            var residual = t.Select((y, i) => y - a - b * g[i]).Sum(r => r * r);
            if (residual < bestResidual - 1e-30)
            {
                bestResidual = residual;
                best = complexity;
            }
        }
        return best;
    }
}
