namespace PyPrep.Core.Grading.Complexity;

/// <summary>The time one call took at input size <paramref name="N"/>: the minimum of several samples, in seconds.</summary>
public sealed record TimingPoint(int N, double Seconds);
