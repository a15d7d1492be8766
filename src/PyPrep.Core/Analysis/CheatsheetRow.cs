namespace PyPrep.Core.Analysis;

/// <summary>One row of the cheat sheet: a task, the Pythonic way, the habit it replaces and the rule that spots it.</summary>
public sealed record CheatsheetRow(string Task, string Pythonic, string AntiPattern, string Rule, string Why);
