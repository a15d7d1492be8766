namespace PyPrep.Core.Grading.Complexity;

/// <summary>The thresholds of <see cref="ComplexityClassifier"/>; the defaults were tuned on the labelled corpus in tests/.</summary>
public sealed record ClassifierSettings
{
    /// <summary>Fewer sizes than this cannot show a growth rate.</summary>
    public int MinSizes { get; init; } = 4;
    /// <summary>Below this confidence the estimate is "not sure".</summary>
    public double MinConfidence { get; init; } = 0.5;
    /// <summary>A more complex class must fit this many times better than a simpler one to be chosen over it.</summary>
    public double Parsimony { get; init; } = 1.5;
    /// <summary>Relative error (squared) below which fits are as good as exact: noise, not shape.</summary>
    public double NoiseFloor { get; init; } = 0.0004;
    /// <summary>A logarithmic curve must grow at least this much over the sizes measured to beat a flat one.</summary>
    public double MinLogGrowth { get; init; } = 1.2;

    public static readonly ClassifierSettings Default = new();
}
