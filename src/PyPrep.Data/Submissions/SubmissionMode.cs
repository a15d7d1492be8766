namespace PyPrep.Data.Submissions;

/// <summary>Run grades the visible cases only; Submit grades them all and counts towards progress.</summary>
public enum SubmissionMode { Run, Submit }
