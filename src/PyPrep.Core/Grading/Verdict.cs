namespace PyPrep.Core.Grading;

/// <summary>The closed set of outcomes of a submission, and of each of its cases (DESIGN.md contracts).</summary>
public enum Verdict
{
    /// <summary>Every case passed (a case's status is "passed").</summary>
    Accepted,
    WrongAnswer,
    RuntimeError,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    SyntaxError,
}
