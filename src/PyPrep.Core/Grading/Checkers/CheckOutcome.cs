namespace PyPrep.Core.Grading.Checkers;

/// <summary>A checker's answer: pass or fail, with an optional note (shown either way) and reason for failure.</summary>
public sealed record CheckOutcome(bool Passed, string? Note = null, string? Reason = null)
{
    public static readonly CheckOutcome Pass = new(true);
    public static CheckOutcome Fail(string? reason = null) => new(false, Reason: reason);
}
