namespace PyPrep.Data.Submissions;

/// <summary>
/// The slower analyses that follow a verdict (the complexity measurement): none apply, some are
/// still pending (deferred behind verdicts, never dropped), all are done, or they ended and at
/// least one failed (it threw, overran its time or its challenge left the bank); the failed
/// analysis's object in <see cref="Submission.AnalysisJson"/> says why. Stored as text, so this
/// value needs no migration.
/// </summary>
public enum AnalysisStatus { None, Pending, Done, Failed }
