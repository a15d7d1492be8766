namespace PyPrep.Core.Grading.Checkers;

/// <summary>
/// A checker's answer: pass or fail, with an optional note (shown either way) and reason for
/// failure. <see cref="HiddenReason"/> is the reason told for a hidden case: it must not reveal the
/// expected answer, so it names where and what kind of difference, never the values.
/// </summary>
public sealed record CheckOutcome(bool Passed, string? Note = null, string? Reason = null)
{
    public static readonly CheckOutcome Pass = new(true);

    /// <summary>The reason for a hidden case; when not given, <see cref="Reason"/> (which then must hold no expected values).</summary>
    public string? HiddenReason { get; init; }

    /// <summary>A failure whose <paramref name="reason"/> reveals nothing of the expected answer.</summary>
    public static CheckOutcome Fail(string? reason = null) => new(false, Reason: reason) { HiddenReason = reason };

    /// <summary>A failure explained by the first difference between the expected and the actual value.</summary>
    public static CheckOutcome Differ(ValueDifference.Described difference, string? note = null) =>
        new(false, note, difference.Text) { HiddenReason = difference.WithoutValues };

    /// <summary>The reason to show for a case, hidden or not.</summary>
    public string? ReasonFor(bool hidden) => hidden ? HiddenReason : Reason;
}
