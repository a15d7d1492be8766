using Microsoft.EntityFrameworkCore;
using PyPrep.Core.Behavioral;
using PyPrep.Data;
using PyPrep.Data.Stories;
using PyPrep.Web.Features.Accounts;

namespace PyPrep.Web.Features.Behavioral;

/// <summary>
/// The current profile's stories in the database. Someone else's story is never found: it answers
/// exactly like a missing one. <see cref="BankAsync"/> hands them to Core's <see cref="StoryBank"/>,
/// which knows which prompts are covered.
/// </summary>
public sealed class StoryStore(PyPrepDbContext db, CurrentUser user)
{
    /// <summary>The profile's stories, most recently changed first.</summary>
    public Task<List<SavedStory>> ListAsync(CancellationToken cancellationToken) =>
        db.Stories.AsNoTracking().Include(s => s.Prompts)
            .Where(s => s.UserId == user.RequiredId)
            .OrderByDescending(s => s.UpdatedUtc)
            .ToListAsync(cancellationToken);

    public Task<SavedStory?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Stories.Include(s => s.Prompts).SingleOrDefaultAsync(s => s.Id == id && s.UserId == user.RequiredId, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Stories.CountAsync(s => s.UserId == user.RequiredId, cancellationToken);

    public async Task<SavedStory> CreateAsync(StoryRequest request, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var story = new SavedStory
        {
            Id = Guid.CreateVersion7(),
            UserId = user.RequiredId,
            Title = request.Title!.Trim(),
            Answer = request.Answer!,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        story.Prompts.AddRange(PromptIds(request).Select(id => new StoryPrompt { StoryId = story.Id, PromptId = id }));
        db.Stories.Add(story);
        await db.SaveChangesAsync(cancellationToken);
        return story;
    }

    public async Task UpdateAsync(SavedStory story, StoryRequest request, CancellationToken cancellationToken)
    {
        story.Title = request.Title!.Trim();
        story.Answer = request.Answer!;
        story.UpdatedUtc = DateTime.UtcNow;
        // Only the difference is written: removing and re-adding the same (story, prompt) key in
        // one save would track two rows with one key.
        var wanted = PromptIds(request);
        story.Prompts.RemoveAll(p => !wanted.Contains(p.PromptId));
        var kept = story.Prompts.Select(p => p.PromptId).ToHashSet(StringComparer.Ordinal);
        story.Prompts.AddRange(wanted.Where(id => !kept.Contains(id)).Select(id => new StoryPrompt { StoryId = story.Id, PromptId = id }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(SavedStory story, CancellationToken cancellationToken)
    {
        db.Stories.Remove(story);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The profile's stories as Core's story bank.</summary>
    public async Task<StoryBank> BankAsync(CancellationToken cancellationToken) =>
        new((await ListAsync(cancellationToken)).Select(ToCore));

    public static Story ToCore(SavedStory story) =>
        new(story.Id.ToString(), story.Title, story.Answer, story.Prompts.Select(p => p.PromptId).ToHashSet(StringComparer.Ordinal));

    private static HashSet<string> PromptIds(StoryRequest request) =>
        (request.Prompts ?? []).ToHashSet(StringComparer.Ordinal);
}
