using PyPrep.Core.Content;

namespace PyPrep.Core.Patterns;

/// <summary>
/// A suggested order through the bank: the patterns in <see cref="PatternCatalog"/> order, easy to
/// hard inside each, then the challenges that list no pattern (the Python language and its
/// libraries). Each challenge appears once, under the latest of its patterns, so that every
/// pattern it uses has been met before it.
/// </summary>
public sealed class LearningPath
{
    /// <summary>One step of the path: a pattern (null for language and library challenges) and its challenges in order.</summary>
    public sealed record Stage(string? Pattern, string Title, IReadOnlyList<Challenge> Challenges);

    public const string WithoutPatternTitle = "Python itself and its libraries";

    public required IReadOnlyList<Stage> Stages { get; init; }

    /// <summary>Every challenge in path order.</summary>
    public IEnumerable<Challenge> Challenges => Stages.SelectMany(s => s.Challenges);

    public static LearningPath From(IEnumerable<Challenge> challenges)
    {
        ArgumentNullException.ThrowIfNull(challenges);
        var byStage = challenges.GroupBy(StageOf).ToDictionary(g => g.Key, g => g.ToList());
        var stages = new List<Stage>();
        for (var order = 0; order <= PatternCatalog.Names.Count; order++)
        {
            if (!byStage.TryGetValue(order, out var members)) continue;
            var pattern = order < PatternCatalog.Names.Count ? PatternCatalog.Names[order] : null;
            stages.Add(new Stage(pattern, pattern is null ? WithoutPatternTitle : PatternCatalog.Title(pattern), Sort(members)));
        }
        return new LearningPath { Stages = stages };
    }

    // The latest known pattern the challenge lists; no pattern goes after all of them.
    private static int StageOf(Challenge challenge) =>
        challenge.Patterns.Select(PatternCatalog.Order).Where(o => o >= 0).DefaultIfEmpty(PatternCatalog.Names.Count).Max();

    // Easy to hard, then junior to senior; the title breaks ties so the order is stable.
    private static List<Challenge> Sort(List<Challenge> challenges) => challenges
        .OrderBy(c => c.Difficulty).ThenBy(c => c.Level)
        .ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Slug, StringComparer.Ordinal)
        .ToList();
}
