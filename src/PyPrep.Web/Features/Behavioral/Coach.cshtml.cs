using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Behavioral;
using PyPrep.Data.Stories;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The STAR coach: pick a prompt (by theme, with what a strong answer shows), write an answer, read
/// the report, save it to the story bank. <c>?prompt=ID</c> picks a prompt, <c>?story=ID</c> edits a
/// saved story. The browser side is wwwroot/js/star.js over <c>POST /api/star</c> and <c>/api/stories</c>.
/// </summary>
public sealed class CoachModel(BehavioralContent content, StoryStore store) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "prompt")] public string? PromptId { get; set; }
    [BindProperty(SupportsGet = true, Name = "story")] public string? StoryId { get; set; }

    public BehavioralContent Behavioral => content;
    /// <summary>The story being edited, or null for a new answer.</summary>
    public SavedStory? Story { get; private set; }
    public BehavioralPrompt? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (StoryId is not null)
        {
            if (!Guid.TryParse(StoryId, out var id) || await store.FindAsync(id, cancellationToken) is not { } story) return NotFound();
            Story = story;
        }
        // A story opens on the first prompt it answers, unless the link names one.
        var promptId = PromptId ?? Story?.Prompts.Select(p => p.PromptId).Order(StringComparer.Ordinal).FirstOrDefault();
        Selected = promptId is null ? null : content.Bank.Find(promptId);
        return Page();
    }

    /// <summary>Whether the prompt's box is ticked under "Prompts this story answers".</summary>
    public bool Maps(BehavioralPrompt prompt) =>
        Story is null ? prompt.Id == Selected?.Id : Story.Prompts.Any(p => p.PromptId == prompt.Id);
}
