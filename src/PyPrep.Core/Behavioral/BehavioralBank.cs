using PyPrep.Core.Content;

namespace PyPrep.Core.Behavioral;

/// <summary>Every behavioral theme under <c>content/behavioral/prompts/</c>, with every problem found.</summary>
public sealed class BehavioralBank
{
    /// <summary>Themes in file-name order.</summary>
    public required IReadOnlyList<BehavioralTheme> Themes { get; init; }

    /// <summary>Problems found while reading, each with file and line.</summary>
    public required IReadOnlyList<ContentError> Errors { get; init; }

    /// <summary>Every prompt of every theme.</summary>
    public IEnumerable<BehavioralPrompt> Prompts => Themes.SelectMany(t => t.Prompts);

    /// <summary>The prompt with this id, or null.</summary>
    public BehavioralPrompt? Find(string id) => Prompts.FirstOrDefault(p => p.Id == id);

    /// <summary>Reads every theme file; broken ones are reported, not thrown, and ids must be unique across files.</summary>
    public static BehavioralBank Load(string contentRoot)
    {
        var themes = new List<BehavioralTheme>();
        var errors = new List<ContentError>();
        var folder = Path.Combine(contentRoot, "behavioral", "prompts");
        if (!Directory.Exists(folder))
            return new BehavioralBank { Themes = themes, Errors = [new ContentError(folder, 0, "behavioral prompts folder not found")] };

        var seen = new Dictionary<string, BehavioralPrompt>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                var theme = BehavioralPromptLoader.Load(file);
                foreach (var prompt in theme.Prompts)
                {
                    if (seen.TryGetValue(prompt.Id, out var first))
                        errors.Add(new ContentError(file, prompt.Line, $"prompt id '{prompt.Id}' already used at {first.File}:{first.Line}"));
                    else
                        seen[prompt.Id] = prompt;
                }
                themes.Add(theme);
            }
            catch (ContentException e)
            {
                errors.Add(e.Error);
            }
        }
        return new BehavioralBank { Themes = themes, Errors = errors };
    }
}
