namespace PyPrep.Core.Grading.Complexity;

/// <summary>Peak bytes Python allocated during one call at input size <paramref name="N"/> (tracemalloc).</summary>
public sealed record MemoryPoint(int N, long Bytes);
