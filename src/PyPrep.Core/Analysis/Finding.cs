namespace PyPrep.Core.Analysis;

/// <summary>
/// One style finding: the stable rule id, where (line from 1, column from 0 as CPython counts),
/// why it matters in an interview, and the Pythonic rewrite of the candidate's line when one can
/// be shown.
/// </summary>
public sealed record Finding(string Rule, int Line, int Column, string Message, string? Suggestion);
