namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The measured growth of one submission: the estimate, the expected class, the samples, the
/// reference curves it was compared with and the peak memory per size.
/// </summary>
public sealed record ComplexityReport
{
    public required ComplexityEstimate Estimate { get; init; }
    public ComplexityClass? Expected { get; init; }
    /// <summary>The expected complexity as the challenge words it, when it is not one of the measured classes.</summary>
    public string? ExpectedText { get; init; }

    /// <summary>The expected class's label, or the challenge's own wording.</summary>
    public string? ExpectedLabel => Expected is { } e ? ComplexityLabels.Label(e) : ExpectedText;
    public IReadOnlyList<TimingPoint> Samples { get; init; } = [];
    public IReadOnlyList<ReferenceCurve> References { get; init; } = [];
    public ComplexityEstimate? MemoryEstimate { get; init; }
    public IReadOnlyList<MemoryPoint> Memory { get; init; } = [];
    /// <summary>Set when nothing could be measured (no generator, the code raised on a generated input).</summary>
    public string? Error { get; init; }
    /// <summary>Sizes whose in-sandbox time the host's clock did not confirm.</summary>
    public int Distrusted { get; init; }
    public double ElapsedSeconds { get; init; }
    /// <summary>CPU time the candidate's timing run used, when the host could read it.</summary>
    public double? CpuSeconds { get; init; }

    /// <summary>True when the estimate is a class and it is worse than expected.</summary>
    public bool SlowerThanExpected => Estimate.Class is { } c && Expected is { } e && c > e;

    public static ComplexityReport Failed(string error, ComplexityClass? expected) =>
        new() { Estimate = ComplexityEstimate.NotSure(error), Expected = expected, Error = error };
}
