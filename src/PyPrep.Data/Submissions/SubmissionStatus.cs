namespace PyPrep.Data.Submissions;

/// <summary>Where a submission is in its life: waiting for a grader, being graded, or graded.</summary>
public enum SubmissionStatus { Queued, Running, Done }
