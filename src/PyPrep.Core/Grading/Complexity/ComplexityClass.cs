namespace PyPrep.Core.Grading.Complexity;

/// <summary>The growth classes PyPrep reports, in increasing order (labels in <see cref="ComplexityLabels"/>).</summary>
public enum ComplexityClass
{
    Constant,
    Logarithmic,
    Linear,
    Linearithmic,
    Quadratic,
    Cubic,
    Exponential,
}
