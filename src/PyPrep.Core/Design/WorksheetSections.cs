namespace PyPrep.Core.Design;

/// <summary>
/// The sections every design worksheet has, in the order a candidate fills them: the checklist an
/// interviewer walks through for a Python service design.
/// </summary>
public static class WorksheetSections
{
    /// <summary>Section ids (as written in scenario files) and their titles, in worksheet order.</summary>
    public static IReadOnlyList<(string Id, string Title)> All { get; } =
    [
        ("requirements", "Requirements"),
        ("api", "API"),
        ("data-model", "Data model"),
        ("key-generation", "Key generation"),
        ("storage", "Storage"),
        ("scaling", "Scaling"),
        ("caching", "Caching"),
        ("rate-limiting", "Rate limiting"),
        ("auth", "Auth"),
        ("failure-modes", "Failure modes"),
        ("trade-offs", "Trade-offs"),
    ];

    /// <summary>Whether <paramref name="id"/> names a known section.</summary>
    public static bool IsKnown(string id) => All.Any(s => s.Id == id);

    /// <summary>The title of a known section.</summary>
    public static string Title(string id) => All.First(s => s.Id == id).Title;

    /// <summary>The section whose title is <paramref name="title"/> (case-insensitive), or null.</summary>
    public static string? FromTitle(string title) =>
        All.Where(s => string.Equals(s.Title, title.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => s.Id).FirstOrDefault();
}
