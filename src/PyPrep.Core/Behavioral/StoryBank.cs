namespace PyPrep.Core.Behavioral;

/// <summary>
/// A candidate's stories and the prompts they answer: which prompts are covered, which are not,
/// and which story to rehearse for a prompt. Pure; storage loads and saves the <see cref="Story"/> values.
/// </summary>
public sealed class StoryBank
{
    private readonly Dictionary<string, Story> stories = new(StringComparer.Ordinal);

    /// <summary>A bank holding <paramref name="initial"/> (ids must be unique).</summary>
    public StoryBank(IEnumerable<Story>? initial = null)
    {
        foreach (var story in initial ?? []) Add(story);
    }

    /// <summary>Every story, in id order.</summary>
    public IReadOnlyList<Story> Stories => stories.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    /// <summary>Adds a new story; an id already in the bank is an error.</summary>
    public void Add(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (!stories.TryAdd(story.Id, story)) throw new ArgumentException($"a story with id '{story.Id}' already exists", nameof(story));
    }

    /// <summary>Replaces a story with a new version of it (same id).</summary>
    public void Update(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (!stories.ContainsKey(story.Id)) throw new KeyNotFoundException($"no story with id '{story.Id}'");
        stories[story.Id] = story;
    }

    /// <summary>Removes a story; false when there was none.</summary>
    public bool Remove(string storyId) => stories.Remove(storyId);

    /// <summary>The story with this id, or null.</summary>
    public Story? Find(string storyId) => stories.GetValueOrDefault(storyId);

    /// <summary>Maps a story to a prompt it answers.</summary>
    public Story Link(string storyId, string promptId) => Replace(storyId, s => s.Link(promptId));

    /// <summary>Removes a story's mapping to a prompt.</summary>
    public Story Unlink(string storyId, string promptId) => Replace(storyId, s => s.Unlink(promptId));

    /// <summary>The stories that answer a prompt.</summary>
    public IReadOnlyList<Story> StoriesFor(string promptId) => Stories.Where(s => s.Answers(promptId)).ToList();

    /// <summary>The prompts of <paramref name="bank"/> that no story answers yet, in bank order.</summary>
    public IReadOnlyList<BehavioralPrompt> Unanswered(BehavioralBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return bank.Prompts.Where(p => !stories.Values.Any(s => s.Answers(p.Id))).ToList();
    }

    /// <summary>Prompt ids that stories point at but that the bank does not have (renamed or removed prompts).</summary>
    public IReadOnlyList<string> UnknownPromptIds(BehavioralBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return stories.Values.SelectMany(s => s.PromptIds).Distinct().Where(id => bank.Find(id) is null).Order(StringComparer.Ordinal).ToList();
    }

    private Story Replace(string storyId, Func<Story, Story> change)
    {
        var story = Find(storyId) ?? throw new KeyNotFoundException($"no story with id '{storyId}'");
        var changed = change(story);
        stories[storyId] = changed;
        return changed;
    }
}
