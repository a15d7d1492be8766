namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// Classifies measured times into a growth class (DESIGN.md decision 5), in two steps:
/// <list type="number">
/// <item>The coarse group (sublinear, linear-ish, n², n³, 2ⁿ) from the growth exponent of the
/// largest sizes (slope of log t on log n): the class whose exponent is nearest, measured on the
/// challenge's references where they cover those sizes, else from the theoretical curve.</item>
/// <item>The class inside the group. Between O(n) and O(n log n) a generic fit cannot decide for
/// dict-heavy code (memory effects bend an O(n) curve upward), so when the challenge has reference
/// solutions in that group, timed on this machine at the same sizes, the candidate gets the class
/// of the reference curve its own times parallel; otherwise the generic fit decides.</item>
/// </list>
/// When the data cannot separate the classes, the answer is an honest "not sure".
/// </summary>
public static class ComplexityClassifier
{
    // Two classes' exponents must differ by this much more for full confidence in the nearer one.
    private const double ExponentMargin = 0.4;
    private const int LinearGroup = 1;

    public static ComplexityEstimate Classify(IReadOnlyList<TimingPoint> points, IReadOnlyList<ReferenceCurve>? references = null,
        ClassifierSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        settings ??= ClassifierSettings.Default;
        var usable = points.Where(p => p.N > 0 && p.Seconds > 0 && double.IsFinite(p.Seconds)).OrderBy(p => p.N).ToList();
        if (usable.Count < settings.MinSizes)
            return ComplexityEstimate.NotSure($"only {usable.Count} input sizes could be timed inside the budget (need {settings.MinSizes})");

        var errors = GenericErrors(usable);
        var exponent = Exponent(usable);
        // The coarse group: the class whose growth exponent, over the candidate's largest sizes, is
        // nearest the candidate's. A reference measured on those sizes gives its class's exponent
        // with this machine's memory effects in it; other classes use the theoretical curve.
        var (nearest, coarseConfidence) = NearestByExponent(usable, references ?? []);
        var group = ComplexityLabels.Group(nearest);

        var inGroup = ComplexityLabels.All.Where(c => ComplexityLabels.Group(c) == group).ToList();
        // References decide only between O(n) and O(n log n), where generic fits fail; below that,
        // flat curves fit every reference equally (the growth term drops out), so they cannot help.
        var groupReferences = group == LinearGroup ? (references ?? []).Where(r => ComplexityLabels.Group(r.Class) == group).ToList() : [];
        var fine = inGroup.Count == 1 ? (Class: inGroup[0], Confidence: 1.0, Method: "generic")
            : ReferenceDecision(usable, groupReferences, inGroup, settings) is { } byReference ? byReference
            : GenericDecision(usable, errors, group, settings);

        var confidence = Math.Min(coarseConfidence, fine.Confidence);
        var estimate = new ComplexityEstimate
        {
            Class = fine.Class,
            Closest = fine.Class,
            Confidence = Math.Round(confidence, 3),
            Method = fine.Method,
            Exponent = exponent,
        };
        if (confidence >= settings.MinConfidence) return estimate;
        var reason = coarseConfidence < settings.MinConfidence
            ? $"the times grow like n^{exponent:0.00}, between two classes"
            : $"the data cannot separate {string.Join(" from ", inGroup.Select(ComplexityLabels.Label))}";
        return estimate with { Class = null, Reason = reason };
    }

    /// <summary>The mean squared relative error of each class's best curve a + b·g(n).</summary>
    internal static Dictionary<ComplexityClass, double> GenericErrors(IReadOnlyList<TimingPoint> points)
    {
        var times = points.Select(p => p.Seconds).ToArray();
        var scale = points[^1].N;
        return ComplexityLabels.All.ToDictionary(c => c,
            c => CurveFit.Error(times, points.Select(p => ComplexityLabels.Curve(c, p.N, scale)).ToArray()));
    }

    /// <summary>The slope of log t against log n over the larger half of the sizes, where fixed costs matter least.</summary>
    internal static double Exponent(IReadOnlyList<TimingPoint> points, bool whole = false)
    {
        var top = whole ? points.ToList() : points.Skip(Math.Max(0, Math.Min(points.Count - 3, points.Count / 2))).ToList();
        double mx = top.Average(p => Math.Log(p.N)), my = top.Average(p => Math.Log(p.Seconds));
        double sxy = 0, sxx = 0;
        foreach (var p in top)
        {
            var dx = Math.Log(p.N) - mx;
            sxy += dx * (Math.Log(p.Seconds) - my);
            sxx += dx * dx;
        }
        return sxx > 0 ? sxy / sxx : 0;
    }

    /// <summary>
    /// The class whose exponent is nearest the candidate's over its larger sizes, and a confidence
    /// from how much nearer it is than the nearest class of another group.
    /// </summary>
    internal static (ComplexityClass Class, double Confidence) NearestByExponent(IReadOnlyList<TimingPoint> points, IReadOnlyList<ReferenceCurve> references)
    {
        var top = points.Skip(Math.Max(0, Math.Min(points.Count - 3, points.Count / 2))).ToList();
        var distance = new Dictionary<ComplexityClass, double>();
        foreach (var complexity in ComplexityLabels.All)
        {
            var theoretical = Exponent(top.Select(p => new TimingPoint(p.N, ComplexityLabels.Curve(complexity, p.N, top[^1].N))).ToList(), whole: true);
            distance[complexity] = Math.Abs(Exponent(top, whole: true) - (double.IsFinite(theoretical) ? theoretical : 1e6));
            foreach (var reference in references.Where(r => r.Class == complexity))
            {
                var byN = reference.Points.Where(p => p.Seconds > 0).ToDictionary(p => p.N, p => p.Seconds);
                var common = top.Where(p => byN.ContainsKey(p.N)).ToList();
                if (common.Count < 3) continue;
                var measured = Exponent(common.Select(p => new TimingPoint(p.N, byN[p.N])).ToList(), whole: true);
                distance[complexity] = Math.Min(distance[complexity], Math.Abs(Exponent(common, whole: true) - measured));
            }
        }
        var best = distance.MinBy(d => d.Value).Key;
        var rival = distance.Where(d => ComplexityLabels.Group(d.Key) != ComplexityLabels.Group(best)).Min(d => d.Value);
        return (best, Math.Clamp((rival - distance[best]) / ExponentMargin, 0, 1));
    }

    private static (ComplexityClass Class, double Confidence, string Method)? ReferenceDecision(
        IReadOnlyList<TimingPoint> points, IReadOnlyList<ReferenceCurve> references, IReadOnlyList<ComplexityClass> inGroup,
        ClassifierSettings settings)
    {
        // Each reference gives a measured curve for its own class and, scaled by the theoretical
        // ratio, a curve for a neighbour class no reference measured: both carry this machine's
        // memory effects. A measured curve always beats a derived one for the same class.
        var best = new Dictionary<ComplexityClass, double>();
        var measured = references.Select(r => r.Class).ToHashSet();
        foreach (var reference in references)
        {
            var byN = reference.Points.Where(p => p.Seconds > 0).ToDictionary(p => p.N, p => p.Seconds);
            var common = points.Where(p => byN.ContainsKey(p.N)).ToList();
            if (common.Count < settings.MinSizes) continue;
            var times = common.Select(p => p.Seconds).ToArray();
            var scale = common[^1].N;
            foreach (var target in inGroup.Where(c => c == reference.Class || !measured.Contains(c)))
            {
                var basis = common.Select(p => byN[p.N] * ComplexityLabels.Curve(target, p.N, scale)
                    / ComplexityLabels.Curve(reference.Class, p.N, scale)).ToArray();
                var error = CurveFit.Error(times, basis);
                if (!best.TryGetValue(target, out var known) || error < known) best[target] = error;
            }
        }
        if (best.Count < 2) return null;
        var ranked = best.OrderBy(e => e.Value).ToList();
        var confidence = 1 - (ranked[0].Value + settings.NoiseFloor / 4) / (ranked[1].Value + settings.NoiseFloor / 4);
        return (ranked[0].Key, confidence, "reference");
    }

    private static (ComplexityClass Class, double Confidence, string Method) GenericDecision(
        IReadOnlyList<TimingPoint> points, Dictionary<ComplexityClass, double> errors, int group, ClassifierSettings settings)
    {
        var floor = settings.NoiseFloor;
        if (group == 0)
        {
            // O(1) is O(log n) with no growth, so the log curve always fits at least as well:
            // it must fit clearly better and actually grow over the sizes measured.
            // Judged on the larger half of the sizes: the first sizes carry warm-up noise that a
            // flat curve cannot absorb and a log curve can.
            var top = points.Skip(points.Count / 2).ToList();
            var times = top.Select(p => p.Seconds).ToArray();
            var scale = top[^1].N;
            var logCurve = top.Select(p => ComplexityLabels.Curve(ComplexityClass.Logarithmic, p.N, scale)).ToArray();
            var (a, b) = CurveFit.Fit(times, logCurve);
            var growth = (a + b) / Math.Max(a + b * logCurve[0], 1e-300);
            var flat = CurveFit.Error(times, top.Select(_ => 1.0).ToArray());
            var ratio = (flat + floor) / (CurveFit.Error(times, logCurve) + floor);
            if (growth >= settings.MinLogGrowth && ratio >= 3) return (ComplexityClass.Logarithmic, 1 - 1 / ratio, "generic");
            var flatness = Math.Clamp((settings.MinLogGrowth - growth) / (settings.MinLogGrowth - 1), 0, 1);
            return (ComplexityClass.Constant, ratio < 1.5 ? Math.Max(flatness, 0.75) : flatness, "generic");
        }
        var (simple, complex) = (ComplexityClass.Linear, ComplexityClass.Linearithmic);
        if ((errors[complex] + floor) * settings.Parsimony < errors[simple] + floor)
            return (complex, 1 - (errors[complex] + floor) / (errors[simple] + floor), "generic");
        return (simple, 1 - (errors[simple] + floor) / (errors[complex] + floor), "generic");
    }
}
