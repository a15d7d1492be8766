using PyPrep.Core.Content;

namespace PyPrep.Core.Concepts;

/// <summary>The concept questions under <c>ROOT/concepts</c>, by topic, with every problem found.</summary>
public sealed class ConceptBank
{
    /// <summary>Each topic needs at least this many items (issue 7).</summary>
    public const int MinItemsPerTopic = 5;

    public required IReadOnlyList<ConceptTopic> Topics { get; init; }
    public required IReadOnlyList<ContentError> Errors { get; init; }

    public IEnumerable<ConceptItem> Items => Topics.SelectMany(t => t.Items);

    public ConceptItem? Find(string id) => Items.FirstOrDefault(i => i.Id == id);

    public ConceptTopic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    /// <summary>Reads every <c>*.yaml</c> under <c>ROOT/concepts</c>; broken files are reported, not thrown.</summary>
    public static ConceptBank Load(string root)
    {
        var folder = Path.Combine(root, "concepts");
        var topics = new List<ConceptTopic>();
        var errors = new List<ContentError>();
        if (!Directory.Exists(folder))
            return new ConceptBank { Topics = topics, Errors = [new ContentError(folder, 0, "concepts folder not found")] };
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try { topics.Add(ConceptLoader.LoadTopic(file)); }
            catch (ContentException e) { errors.Add(e.Error); }
        }
        var seen = new Dictionary<string, ConceptItem>();
        foreach (var item in topics.SelectMany(t => t.Items))
        {
            if (seen.TryGetValue(item.Id, out var first))
                errors.Add(new ContentError(item.File, item.Line, $"duplicate id '{item.Id}' (first at {first.File}:{first.Line})"));
            else
                seen[item.Id] = item;
        }
        foreach (var topic in topics.Where(t => t.Items.Count < MinItemsPerTopic))
            errors.Add(new ContentError(topic.File, 1, $"topic '{topic.Id}' has {topic.Items.Count} item(s), needs at least {MinItemsPerTopic}"));
        return new ConceptBank { Topics = topics, Errors = errors };
    }
}
