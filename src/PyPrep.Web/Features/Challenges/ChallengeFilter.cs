using PyPrep.Core.Content;
using PyPrep.Core.Patterns;

namespace PyPrep.Web.Features.Challenges;

/// <summary>The list's filters, shared by the page and <c>GET /api/challenges</c>. Empty fields match everything.</summary>
public sealed record ChallengeFilter(string? Q = null, string? Topic = null, string? Difficulty = null, string? Level = null,
    string? Status = null, string? Pattern = null, string? Role = null)
{
    public IEnumerable<Challenge> Apply(IEnumerable<Challenge> challenges, ISet<string> solved) => challenges.Where(c =>
        (string.IsNullOrWhiteSpace(Topic) || c.Topics.Contains(Topic, StringComparer.OrdinalIgnoreCase)) &&
        (string.IsNullOrWhiteSpace(Pattern) || c.Patterns.Contains(Pattern, StringComparer.OrdinalIgnoreCase)) &&
        (string.IsNullOrWhiteSpace(Role) || c.Roles.Contains(Role, StringComparer.OrdinalIgnoreCase)) &&
        (string.IsNullOrWhiteSpace(Difficulty) || c.Difficulty.ToString().Equals(Difficulty, StringComparison.OrdinalIgnoreCase)) &&
        (string.IsNullOrWhiteSpace(Level) || c.Level.ToString().Equals(Level, StringComparison.OrdinalIgnoreCase)) &&
        (Status?.ToLowerInvariant() switch
        {
            "solved" => solved.Contains(c.Slug),
            "unsolved" => !solved.Contains(c.Slug),
            _ => true,
        }) &&
        Matches(c));

    /// <summary>Every word of the search must appear in the title, slug, topics or patterns.</summary>
    private bool Matches(Challenge challenge)
    {
        if (string.IsNullOrWhiteSpace(Q)) return true;
        var haystack = string.Join(' ', [challenge.Title, challenge.Slug, .. challenge.Topics, .. challenge.Patterns]);
        return Q.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => haystack.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first invalid field and why, or null. Patterns are a closed set; roles are whatever the bank lists.</summary>
    public (string Field, string Message)? Problem() =>
        // By name only: Enum.TryParse also takes numbers ("?difficulty=1"), which then match nothing.
        !string.IsNullOrWhiteSpace(Difficulty) && !Enum.GetNames<Difficulty>().Contains(Difficulty, StringComparer.OrdinalIgnoreCase)
            ? ("difficulty", "must be easy, medium or hard")
        : !string.IsNullOrWhiteSpace(Level) && !Enum.GetNames<Level>().Contains(Level, StringComparer.OrdinalIgnoreCase)
            ? ("level", "must be junior, mid or senior")
        : Status?.ToLowerInvariant() is not (null or "" or "solved" or "unsolved")
            ? ("status", "must be solved or unsolved")
        : !string.IsNullOrWhiteSpace(Pattern) && !PatternCatalog.IsKnown(Pattern.ToLowerInvariant())
            ? ("pattern", "must be one of " + string.Join(", ", PatternCatalog.Names))
        : null;
}
