namespace PyPrep.Data.Submissions;

/// <summary>
/// One piece of code sent for grading, stored before it is graded (DESIGN.md decision 7) so a
/// crash loses nothing. The code never changes; status, result and analyses are filled in later.
/// Times are UTC <see cref="DateTime"/>s: SQLite cannot order a DateTimeOffset.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public required string Challenge { get; set; }
    public SubmissionMode Mode { get; set; }
    public required string Code { get; set; }
    public required string CodeSha256 { get; set; }
    public SubmissionStatus Status { get; set; }
    /// <summary>The verdict name of the contract (accepted, wrong_answer, ...) once done.</summary>
    public string? Verdict { get; set; }
    public int? Passed { get; set; }
    public int? Total { get; set; }
    /// <summary>The full <c>check --json</c> object, hidden cases already without input or expected value.</summary>
    public string? ResultJson { get; set; }
    public AnalysisStatus AnalysisStatus { get; set; }
    /// <summary>What the slower analyses (complexity, style) found: a JSON object keyed by analysis name.</summary>
    public string? AnalysisJson { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
}
