namespace PyPrep.Data.Stories;

/// <summary>
/// A behavioral story a candidate keeps in their story bank, and the prompts it answers. The STAR
/// report is not stored: it is recomputed from the answer, so it follows the coach as it improves.
/// Times are UTC <see cref="DateTime"/>s: SQLite cannot order a DateTimeOffset.
/// </summary>
public sealed class SavedStory
{
    public Guid Id { get; set; }
    /// <summary>The profile it belongs to: solo mode's local profile or a team-mode account.</summary>
    public required string UserId { get; set; }
    public required string Title { get; set; }
    public required string Answer { get; set; }
    /// <summary>The behavioral prompts (by id) this story answers.</summary>
    public List<StoryPrompt> Prompts { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
