namespace PyPrep.Core.Grading.Complexity;

/// <summary>A challenge's reference solution of known class, timed on this machine at the candidate's sizes.</summary>
public sealed record ReferenceCurve(string Name, ComplexityClass Class, IReadOnlyList<TimingPoint> Points);
