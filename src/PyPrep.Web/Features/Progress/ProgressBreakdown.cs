using PyPrep.Core.Content;

namespace PyPrep.Web.Features.Progress;

/// <summary>Solved, attempted and total challenges of one group (a topic or a difficulty) for the dashboard.</summary>
public sealed record ProgressBreakdown(string Group, int Solved, int Attempted, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Solved / Total);

    public static IReadOnlyList<ProgressBreakdown> ByTopic(IEnumerable<Challenge> challenges, ISet<string> solved, ISet<string> attempted) =>
        challenges.SelectMany(c => c.Topics.Select(t => (Group: t, Challenge: c)))
            .GroupBy(x => x.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key, g.Select(x => x.Challenge), solved, attempted)).ToList();

    public static IReadOnlyList<ProgressBreakdown> ByDifficulty(IEnumerable<Challenge> challenges, ISet<string> solved, ISet<string> attempted) =>
        Enum.GetValues<Difficulty>().Select(d => Count(d.ToString().ToLowerInvariant(),
            challenges.Where(c => c.Difficulty == d), solved, attempted)).Where(b => b.Total > 0).ToList();

    private static ProgressBreakdown Count(string group, IEnumerable<Challenge> challenges, ISet<string> solved, ISet<string> attempted)
    {
        var list = challenges.ToList();
        return new ProgressBreakdown(group, list.Count(c => solved.Contains(c.Slug)), list.Count(c => attempted.Contains(c.Slug)), list.Count);
    }
}
