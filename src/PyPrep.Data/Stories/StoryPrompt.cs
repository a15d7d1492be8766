namespace PyPrep.Data.Stories;

/// <summary>One mapping of a story to a behavioral prompt it answers (a prompt id of <c>content/behavioral/</c>).</summary>
public sealed class StoryPrompt
{
    public Guid StoryId { get; set; }
    public required string PromptId { get; set; }
}
