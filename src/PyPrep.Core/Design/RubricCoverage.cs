using System.Text.RegularExpressions;

namespace PyPrep.Core.Design;

/// <summary>
/// Reports which rubric items a filled worksheet covers. Explainable by design: an item is covered
/// when at least <c>Need</c> of its concepts appear as whole words (plurals allowed, case and hyphens
/// ignored) in the section it links to; found only in another section it is reported as "elsewhere",
/// so the candidate learns where the point belongs. Pure: no I/O.
/// </summary>
public static class RubricCoverage
{
    /// <summary>Judges every rubric item of <paramref name="scenario"/> against <paramref name="worksheet"/>.</summary>
    public static CoverageReport Evaluate(DesignScenario scenario, Worksheet worksheet)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(worksheet);
        var items = scenario.Rubric.Select(item =>
        {
            var own = Match(item, worksheet.Answer(item.Section));
            if (own.Found.Count >= item.Need)
                return new ItemCoverage(item, CoverageStatus.Covered, own.Found, own.Missing, item.Section);
            foreach (var (section, text) in worksheet.Answers.Where(a => a.Key != item.Section).OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                var other = Match(item, text);
                if (other.Found.Count >= item.Need)
                    return new ItemCoverage(item, CoverageStatus.Elsewhere, other.Found, other.Missing, section);
            }
            return new ItemCoverage(item, CoverageStatus.Missing, own.Found, own.Missing, own.Found.Count > 0 ? item.Section : null);
        }).ToList();
        return new CoverageReport(scenario.Slug, items);
    }

    private static (List<string> Found, List<string> Missing) Match(RubricItem item, string text)
    {
        var found = new List<string>();
        var missing = new List<string>();
        foreach (var concept in item.Concepts)
        {
            // Report the words as the candidate wrote them, so a page can highlight them.
            var hit = concept.Select(word => Pattern(word).Match(text)).FirstOrDefault(m => m.Success);
            if (hit is null) missing.Add(concept[0]);
            else found.Add(hit.Value);
        }
        return (found, missing);
    }

    // "rate limit" matches "rate-limit", "Rate limits" and "rate_limit"; only plurals (s/es) are
    // forgiven, so other word forms ("limited", "limiter") are listed as alternatives in the rubric.
    private static Regex Pattern(string word) => Cache.GetOrAdd(word, w => new Regex(
        @"(?<![\w])" + string.Join(@"[\s\-_]+", w.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(s|es)?(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Cache = new();
}
