using Microsoft.AspNetCore.Mvc.RazorPages;
using PyPrep.Core.Behavioral;
using PyPrep.Data.Stories;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The story bank: every saved story with its STAR score and the prompts it answers, and the prompts
/// no story answers yet (Core's <see cref="StoryBank"/> works those out). Editing happens on the
/// coach page; deleting through <c>DELETE /api/stories/{id}</c> (wwwroot/js/stories.js).
/// </summary>
public sealed class StoriesModel(BehavioralContent content, StoryStore store) : PageModel
{
    public BehavioralContent Behavioral => content;
    public IReadOnlyList<(SavedStory Story, StarReport Report)> Stories { get; private set; } = [];
    public IReadOnlyList<BehavioralPrompt> Unanswered { get; private set; } = [];
    public int PromptCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var saved = await store.ListAsync(cancellationToken);
        Stories = saved.Select(s => (s, content.Coach.Analyze(s.Answer))).ToList();
        var bank = new StoryBank(saved.Select(StoryStore.ToCore));
        Unanswered = bank.Unanswered(content.Bank);
        PromptCount = content.Bank.Prompts.Count();
    }

    /// <summary>The prompt's text, or a note when the bank no longer has it (renamed or removed).</summary>
    public string PromptText(string id) => content.Bank.Find(id)?.Text ?? $"{id} (no longer in the question bank)";
}
