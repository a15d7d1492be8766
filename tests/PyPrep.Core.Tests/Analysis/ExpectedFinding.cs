namespace PyPrep.Core.Tests.Analysis;

/// <summary>A finding a golden case expects; column and suggestion are checked when given.</summary>
internal sealed record ExpectedFinding(string Rule, int Line, int? Column, string? Suggestion);
