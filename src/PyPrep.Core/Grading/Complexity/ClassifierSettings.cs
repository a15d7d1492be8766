namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The thresholds of <see cref="ComplexityClassifier"/>. The defaults were set on measurements of the
/// labelled corpus in tests/complexity-corpus (recorded with the benchmark's --record) on a busy
/// 2-core machine; tests/PyPrep.Core.Tests keeps some of those curves as golden data.
/// </summary>
public sealed record ClassifierSettings
{
    /// <summary>Fewer sizes than this cannot show a growth rate.</summary>
    public int MinSizes { get; init; } = 4;
    /// <summary>Below this confidence the estimate is "not sure".</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Growth exponents (t ≈ a + b·nᵉ) between the linear-ish group (n, n log n) and n².</summary>
    public double QuadraticExponent { get; init; } = 1.65;
    /// <summary>… between n² and n³.</summary>
    public double CubicExponent { get; init; } = 2.55;
    /// <summary>… above which only 2ⁿ is left to check.</summary>
    public double ExponentialExponent { get; init; } = 3.6;
    /// <summary>An exponent this close to a boundary is "not sure".</summary>
    public double ExponentBand { get; init; } = 0.06;

    /// <summary>
    /// The power of the log factor (t ≈ a + b·n·(log n)ᵏ) from which a curve reads O(n log n). Not 0.5:
    /// memory effects (a dict or a list outgrowing the caches) bend O(n) curves upward, and measured on
    /// this kind of machine O(n) solutions reached k ≈ 0.95 while O(n log n) ones stayed above 0.85.
    /// </summary>
    public double LogPowerThreshold { get; init; } = 0.95;
    /// <summary>A log power this close to the threshold is "not sure" (unless a reference decides).</summary>
    public double LogPowerBand { get; init; } = 0.05;
    /// <summary>
    /// A reference's curve is parallel to the candidate's when the log power between them is at most
    /// this: then the candidate gets that reference's class.
    /// </summary>
    public double ParallelLogPower { get; init; } = 0.15;
    /// <summary>… and when its fit error is at most this many times the theoretical curve's.</summary>
    public double ParallelErrorRatio { get; init; } = 2.0;
    /// <summary>
    /// A candidate whose log power relative to a measured O(n) reference is at most minus this grows
    /// slower than it, so it is not O(n log n); relative to an O(n log n) reference at least this, not O(n).
    /// Cached references timed when the machine was busier (or quieter) still bound the class this way.
    /// </summary>
    public double BoundLogPower { get; init; } = 0.5;
    /// <summary>
    /// A candidate whose log power relative to a measured O(n) reference is below this is no steeper
    /// than it, up to noise, and reads O(n) even when the generic fit says O(n log n): that reference
    /// shows the same memory effects. Wider lets heap-based O(n log n) code (mostly linear work plus a
    /// log factor) read O(n) beside a reference whose cost jumps at the largest sizes.
    /// </summary>
    public double NearLinearLogPower { get; init; } = 0.3;

    /// <summary>
    /// Relative growth per doubling of n above which a sublinear curve reads O(log n): bisect grows
    /// 3-4% per doubling, constant-time code drifts at most ~1.5% (a larger list is colder in cache).
    /// </summary>
    public double LogGrowthPerDoubling { get; init; } = 0.027;
    /// <summary>A growth this close to that threshold is "not sure".</summary>
    public double LogGrowthBand { get; init; } = 0.004;

    public static readonly ClassifierSettings Default = new();
}
