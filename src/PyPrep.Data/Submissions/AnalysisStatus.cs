namespace PyPrep.Data.Submissions;

/// <summary>
/// The slower analyses that follow a verdict (complexity, style): none apply, some are still
/// pending (deferred behind verdicts, never dropped), or all are done.
/// </summary>
public enum AnalysisStatus { None, Pending, Done }
