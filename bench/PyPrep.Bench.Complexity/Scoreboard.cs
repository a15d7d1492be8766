using System.Globalization;
using PyPrep.Core.Grading.Complexity;

namespace PyPrep.Bench.Complexity;

/// <summary>Counts estimates against their labels and prints the benchmark's lines.</summary>
internal sealed class Scoreboard(bool verbose)
{
    private int right, baselineRight, total, linearAsQuadratic, notSure;
    private readonly List<double> wall = [];
    private readonly List<double> cpu = [];

    public void Add(RecordedEstimate recorded, ComplexityEstimate estimate)
    {
        var label = recorded.LabelClass;
        var baseline = recorded.Samples.Count >= 2 ? BaselineFit.Classify(recorded.Samples) : (ComplexityClass?)null;
        total++;
        if (estimate.Class == label) right++;
        if (baseline == label) baselineRight++;
        if (estimate.Class is null) notSure++;
        if (IsLinearAsQuadratic(label, estimate.Class)) linearAsQuadratic++;
        wall.Add(recorded.WallSeconds);
        if (recorded.CpuSeconds is { } c) cpu.Add(c);
        if (!verbose && estimate.Class == label) return;
        var got = estimate.Class is { } e ? ComplexityLabels.Label(e) : $"not sure ({estimate.Reason}; closest {Label(estimate.Closest)})";
        var samples = recorded.Samples;
        Console.Error.WriteLine(
            $"{(estimate.Class == label ? "ok  " : "MISS")} run {recorded.Run} {recorded.Solution,-45} label {ComplexityLabels.Label(label),-10} got {got} " +
            $"conf {estimate.Confidence:0.00} exp {estimate.Exponent:0.00} {estimate.Method} sizes {samples.Count} " +
            $"max_n {(samples.Count > 0 ? samples[^1].N : 0)} baseline {Label(baseline)} {recorded.WallSeconds:0.00}s cpu {recorded.CpuSeconds ?? 0:0.00}s" +
            (recorded.Error is { } err ? " error: " + err : ""));
    }

    public void Print(int runs)
    {
        Console.Error.WriteLine($"estimates={total} not_sure={notSure} linear_read_as_quadratic={linearAsQuadratic} median_cpu_s={Median(cpu):0.000}");
        Console.WriteLine($"complexity accuracy={Percent(right, total)}% baseline_accuracy={Percent(baselineRight, total)}% runs={runs} median_s={Median(wall):0.000}");
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "0.0" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Label(ComplexityClass? c) => c is { } value ? ComplexityLabels.Label(value) : "-";

    // The confusion the issue forbids: O(n) (or O(n log n)) read as O(n²), or the other way round.
    private static bool IsLinearAsQuadratic(ComplexityClass label, ComplexityClass? estimate) =>
        estimate is { } e && ((ComplexityLabels.Group(label) == 1 && e == ComplexityClass.Quadratic) ||
                              (label == ComplexityClass.Quadratic && ComplexityLabels.Group(e) == 1));
}
