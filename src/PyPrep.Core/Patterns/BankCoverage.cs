using PyPrep.Core.Content;

namespace PyPrep.Core.Patterns;

/// <summary>
/// What the bank covers: challenges per pattern (every category, in learning order, zeros
/// included), per level and per role. A challenge counts once under each pattern and role it lists.
/// </summary>
public sealed record BankCoverage
{
    public required int Total { get; init; }
    public required IReadOnlyList<CoverageCount> Patterns { get; init; }
    /// <summary>Challenges listing no pattern: the Python language itself, or a library.</summary>
    public required int WithoutPattern { get; init; }
    public required IReadOnlyList<CoverageCount> Levels { get; init; }
    /// <summary>Every role some challenge lists, by name.</summary>
    public required IReadOnlyList<CoverageCount> Roles { get; init; }

    /// <summary>The categories with fewer than <see cref="PatternCatalog.MinimumPerPattern"/> challenges.</summary>
    public IReadOnlyList<CoverageCount> ShortPatterns => Patterns.Where(p => p.Count < PatternCatalog.MinimumPerPattern).ToList();

    public static BankCoverage Of(IEnumerable<Challenge> challenges)
    {
        ArgumentNullException.ThrowIfNull(challenges);
        var list = challenges.ToList();
        return new BankCoverage
        {
            Total = list.Count,
            Patterns = PatternCatalog.Names.Select(p => new CoverageCount(p, list.Count(c => c.Patterns.Contains(p)))).ToList(),
            WithoutPattern = list.Count(c => c.Patterns.Count == 0),
            Levels = Enum.GetValues<Level>().Select(l => new CoverageCount(l.ToString().ToLowerInvariant(), list.Count(c => c.Level == l))).ToList(),
            Roles = list.SelectMany(c => c.Roles.Distinct()).GroupBy(r => r, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CoverageCount(g.Key, g.Count())).ToList(),
        };
    }

    /// <summary>One problem per category below the minimum, reported against the challenges folder.</summary>
    public IReadOnlyList<ContentError> Problems(string challengesFolder) => ShortPatterns
        .Select(p => new ContentError(challengesFolder, 0,
            $"pattern '{p.Name}' has {p.Count} challenge(s); every category needs at least {PatternCatalog.MinimumPerPattern}"))
        .ToList();
}
