namespace PyPrep.Core.Grading;

/// <summary>Run grades only the visible cases (quick feedback); Submit grades them all.</summary>
public enum GradingMode { Run, Submit }
