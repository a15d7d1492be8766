namespace PyPrep.Core.Behavioral;

/// <summary>A word or phrase and how many times it occurs.</summary>
public sealed record TermCount(string Term, int Count);
