namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// What the classifier concluded: a class with a confidence, or "not sure" (<see cref="Class"/> is
/// null) with the reason, and the closest class even then.
/// </summary>
public sealed record ComplexityEstimate
{
    /// <summary>The class, or null when the data cannot separate the candidates honestly.</summary>
    public ComplexityClass? Class { get; init; }
    /// <summary>The best-fitting class even when not sure; null when there was nothing to fit.</summary>
    public ComplexityClass? Closest { get; init; }
    /// <summary>0 to 1: how clearly the chosen class beat the runner-up.</summary>
    public double Confidence { get; init; }
    /// <summary><c>reference</c> when the challenge's reference curves decided, else <c>generic</c>.</summary>
    public string Method { get; init; } = "generic";
    /// <summary>The growth exponent of the largest sizes (slope of log t against log n).</summary>
    public double Exponent { get; init; }
    /// <summary>Why the estimate is "not sure", when it is.</summary>
    public string? Reason { get; init; }

    public static ComplexityEstimate NotSure(string reason, ComplexityClass? closest = null, double confidence = 0) =>
        new() { Reason = reason, Closest = closest, Confidence = confidence };
}
