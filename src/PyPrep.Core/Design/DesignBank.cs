using PyPrep.Core.Content;

namespace PyPrep.Core.Design;

/// <summary>Every scenario under <c>content/design/</c>, with every problem found while reading.</summary>
public sealed class DesignBank
{
    public required IReadOnlyList<DesignScenario> Scenarios { get; init; }
    public required IReadOnlyList<ContentError> Errors { get; init; }

    /// <summary>The scenario with this slug, or null.</summary>
    public DesignScenario? Find(string slug) => Scenarios.FirstOrDefault(s => s.Slug == slug);

    /// <summary>Reads every scenario folder; broken ones are reported, not thrown.</summary>
    public static DesignBank Load(string contentRoot)
    {
        var scenarios = new List<DesignScenario>();
        var errors = new List<ContentError>();
        var folder = Path.Combine(contentRoot, "design");
        if (!Directory.Exists(folder))
            return new DesignBank { Scenarios = scenarios, Errors = [new ContentError(folder, 0, "design folder not found")] };
        foreach (var directory in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            try { scenarios.Add(DesignScenarioLoader.Load(directory)); }
            catch (ContentException e) { errors.Add(e.Error); }
        }
        return new DesignBank { Scenarios = scenarios, Errors = errors };
    }
}
