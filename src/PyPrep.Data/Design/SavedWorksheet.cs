namespace PyPrep.Data.Design;

/// <summary>
/// A candidate's system design worksheet for one scenario, kept so they can come back to it.
/// The answers are a JSON object of worksheet section id to text: the sections are fixed by the
/// content, and the worksheet is always read and written whole.
/// </summary>
public sealed class SavedWorksheet
{
    /// <summary>The profile it belongs to: solo mode's local profile or a team-mode account.</summary>
    public required string UserId { get; set; }
    /// <summary>The scenario slug under <c>content/design/</c>.</summary>
    public required string Scenario { get; set; }
    public required string AnswersJson { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
