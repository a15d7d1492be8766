namespace PyPrep.Core.Patterns;

/// <summary>How many challenges of the bank have one pattern, level or role.</summary>
public sealed record CoverageCount(string Name, int Count);
