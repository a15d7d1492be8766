namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Classifies measured times into a growth class (DESIGN.md decision 5), in two steps:
/// <list type="number">
/// <item>The coarse group from the growth exponent e of t ≈ a + b·nᵉ fitted robustly over every size
/// (the fixed cost a keeps small sizes from flattening it): sublinear when the fitted curve barely
/// grows, then n / n log n, n², n³, and 2ⁿ when nothing polynomial fits.</item>
/// <item>The class inside the group. Sublinear: O(log n) when a + b·log n grows by more than a few
/// percent per doubling. Linear-ish: a reference solution of the challenge whose measured curve the
/// candidate's runs parallel (same memory effects, timed on this machine) gives its class; a curve
/// growing clearly faster than a measured O(n log n) one is O(n log n), one no steeper than a
/// measured O(n) one is O(n); otherwise the power k of the log factor in t ≈ a + b·n·(log n)ᵏ
/// decides, against a threshold set above what memory effects add to O(n) curves.</item>
/// </list>
/// When the data cannot separate the classes, the answer is an honest "not sure".
/// </summary>
public static class ComplexityClassifier
{
    private const double MaxExponent = 6;
    private const double MinLogPower = -1.5;
    private const double MaxLogPower = 2.5;

    public static ComplexityEstimate Classify(IReadOnlyList<TimingPoint> points, IReadOnlyList<ReferenceCurve>? references = null,
        ClassifierSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        settings ??= ClassifierSettings.Default;
        var usable = points.Where(p => p.N > 0 && p.Seconds > 0 && double.IsFinite(p.Seconds)).OrderBy(p => p.N).ToList();
        if (usable.Count < settings.MinSizes)
            return ComplexityEstimate.NotSure($"only {usable.Count} input sizes could be timed inside the budget (need {settings.MinSizes})");

        var (exponent, exponentError, growth) = GrowthSearch.Exponent(usable, MaxExponent);
        var decision = Sublinear(usable, growth, exponent) ? SublinearDecision(usable, settings)
            : exponent >= settings.ExponentialExponent ? ExponentialDecision(usable, exponentError, exponent, settings)
            : exponent < settings.QuadraticExponent ? LinearDecision(usable, exponent, references ?? [], settings)
            : PolynomialDecision(exponent, settings);
        var estimate = new ComplexityEstimate
        {
            Class = decision.Class,
            Closest = decision.Class,
            Confidence = Math.Round(decision.Confidence, 3),
            Method = decision.Method,
            Exponent = Math.Round(exponent, 2),
        };
        return decision.Confidence >= settings.MinConfidence ? estimate : estimate with { Class = null, Reason = decision.Doubt };
    }

    private sealed record Decision(ComplexityClass Class, double Confidence, string Method, string Doubt);

    // The fitted curve grows less than √(range) over the sizes (a linear one grows by about the
    // whole range), or its exponent is near zero.
    private static bool Sublinear(IReadOnlyList<TimingPoint> points, double growth, double exponent) =>
        exponent <= 0.5 || growth < Math.Sqrt((double)points[^1].N / points[0].N);

    private static Decision SublinearDecision(IReadOnlyList<TimingPoint> points, ClassifierSettings settings)
    {
        var perDoubling = GrowthSearch.LogGrowthPerDoubling(points);
        var chosen = perDoubling > settings.LogGrowthPerDoubling ? ComplexityClass.Logarithmic : ComplexityClass.Constant;
        return new Decision(chosen, Margin(Math.Abs(perDoubling - settings.LogGrowthPerDoubling), settings.LogGrowthBand, 0.02), "generic",
            $"the times grow {perDoubling:P1} per doubling of n, between O(1) and O(log n)");
    }

    private static Decision PolynomialDecision(double exponent, ClassifierSettings settings)
    {
        var quadratic = exponent < settings.CubicExponent;
        var distance = quadratic
            ? Math.Min(exponent - settings.QuadraticExponent, settings.CubicExponent - exponent)
            : Math.Min(exponent - settings.CubicExponent, settings.ExponentialExponent - exponent);
        return new Decision(quadratic ? ComplexityClass.Quadratic : ComplexityClass.Cubic, Margin(distance, settings.ExponentBand, 0.3), "generic",
            $"the times grow like n^{exponent:0.00}, between two classes");
    }

    private static Decision ExponentialDecision(IReadOnlyList<TimingPoint> points, double powerError, double exponent, ClassifierSettings settings)
    {
        // Faster than n^3.6: 2ⁿ if that curve fits about as well as the best power of n.
        var times = points.Select(p => p.Seconds).ToArray();
        var basis = points.Select(p => ComplexityLabels.Curve(ComplexityClass.Exponential, p.N, points[^1].N)).ToArray();
        var error = CurveFit.Robust(times, basis).Error;
        var ratio = (powerError + 0.01) / (error + 0.01);
        return new Decision(ComplexityClass.Exponential, Math.Clamp(ratio / 1.5, 0, 1), "generic",
            $"the times grow faster than n^{exponent:0.0} but not like 2^n");
    }

    private static Decision LinearDecision(IReadOnlyList<TimingPoint> points, double exponent, IReadOnlyList<ReferenceCurve> references,
        ClassifierSettings settings)
    {
        var coarse = Margin(settings.QuadraticExponent - exponent, settings.ExponentBand, 0.3);
        var doubt = $"the times grow like n^{exponent:0.00}, between two classes";
        var (power, error) = GrowthSearch.LogPower(points, n => n, MinLogPower, MaxLogPower);
        // A reference of the group whose curve the candidate's parallels: same memory effects,
        // so its class is the candidate's.
        Decision? parallel = null;
        var parallelError = double.PositiveInfinity;
        bool slowerThanLinear = false, fasterThanLinearithmic = false, noSteeperThanLinear = false;
        foreach (var reference in references.Where(r => ComplexityLabels.Group(r.Class) == ComplexityLabels.Group(ComplexityClass.Linear)))
        {
            var byN = reference.Points.Where(p => p.Seconds > 0).GroupBy(p => p.N).ToDictionary(g => g.Key, g => g.First().Seconds);
            var common = points.Where(p => byN.ContainsKey(p.N)).ToList();
            if (common.Count < settings.MinSizes + 1) continue;
            var (relative, referenceError) = GrowthSearch.LogPower(common, n => byN[n], MinLogPower, MaxLogPower);
            // Growing clearly slower than a measured O(n) curve rules out O(n log n), and clearly
            // faster than a measured O(n log n) one rules out O(n), whatever bent both curves.
            slowerThanLinear |= reference.Class == ComplexityClass.Linear && relative <= -settings.BoundLogPower;
            fasterThanLinearithmic |= reference.Class == ComplexityClass.Linearithmic && relative >= settings.BoundLogPower;
            noSteeperThanLinear |= reference.Class == ComplexityClass.Linear && relative < settings.NearLinearLogPower;
            if (Math.Abs(relative) > settings.ParallelLogPower || referenceError > settings.ParallelErrorRatio * error || referenceError >= parallelError)
                continue;
            parallelError = referenceError;
            parallel = new Decision(reference.Class, Math.Min(coarse, 0.75 + 0.25 * (1 - Math.Abs(relative) / settings.ParallelLogPower)), "reference", doubt);
        }
        if (parallel is not null) return parallel;
        if (slowerThanLinear != fasterThanLinearithmic)
            return new Decision(slowerThanLinear ? ComplexityClass.Linear : ComplexityClass.Linearithmic, Math.Min(coarse, 0.75), "reference", doubt);
        // No steeper than a measured O(n) curve (within a fraction of a log factor): the generic
        // fit's extra growth is the memory effects that reference shows too.
        if (noSteeperThanLinear && !fasterThanLinearithmic && power >= settings.LogPowerThreshold)
            return new Decision(ComplexityClass.Linear, Math.Min(coarse, 0.7), "reference", doubt);
        var chosen = power >= settings.LogPowerThreshold ? ComplexityClass.Linearithmic : ComplexityClass.Linear;
        var fine = Margin(Math.Abs(power - settings.LogPowerThreshold), settings.LogPowerBand, 0.5);
        return fine < coarse
            ? new Decision(chosen, fine, "generic", $"the times grow like n·(log n)^{power:0.00}, between O(n) and O(n log n)")
            : new Decision(chosen, coarse, "generic", doubt);
    }

    // Confidence from how far a measure is from the boundary between two classes: below 0.5 (not
    // sure) inside the band, rising to 1 at band + span.
    private static double Margin(double distance, double band, double span) =>
        distance < band ? 0.5 * Math.Max(0, distance) / band : 0.5 + 0.5 * Math.Min(1, (distance - band) / span);
}
