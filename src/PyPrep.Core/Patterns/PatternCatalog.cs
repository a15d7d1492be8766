namespace PyPrep.Core.Patterns;

/// <summary>
/// The 18 pattern categories a challenge may list under <c>patterns:</c> (NeetCode's grouping of
/// interview problems), in the order the learning path teaches them: each leans on the ones
/// before it (two pointers on arrays, tries on trees, advanced graphs on graphs and heaps).
/// A challenge about the Python language or a library lists none.
/// </summary>
public static class PatternCatalog
{
    /// <summary><c>content validate</c> fails when a category has fewer challenges than this.</summary>
    public const int MinimumPerPattern = 3;

    private static readonly (string Name, string Title)[] Entries =
    [
        ("arrays-and-hashing", "Arrays and hashing"),
        ("two-pointers", "Two pointers"),
        ("sliding-window", "Sliding window"),
        ("stack", "Stack"),
        ("binary-search", "Binary search"),
        ("linked-list", "Linked list"),
        ("trees", "Trees"),
        ("tries", "Tries"),
        ("heaps", "Heaps and priority queues"),
        ("backtracking", "Backtracking"),
        ("graphs", "Graphs"),
        ("advanced-graphs", "Advanced graphs"),
        ("1-d-dynamic-programming", "1-D dynamic programming"),
        ("2-d-dynamic-programming", "2-D dynamic programming"),
        ("greedy", "Greedy"),
        ("intervals", "Intervals"),
        ("math-and-geometry", "Math and geometry"),
        ("bit-manipulation", "Bit manipulation"),
    ];

    /// <summary>Every category's kebab-case name, in learning order.</summary>
    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).ToArray();

    public static bool IsKnown(string name) => Order(name) >= 0;

    /// <summary>The category's place in the learning order (0 first), or -1 for an unknown name.</summary>
    public static int Order(string name) => Array.FindIndex(Entries, e => e.Name == name);

    /// <summary>A heading for the category ("Advanced graphs"); an unknown name is returned as given.</summary>
    public static string Title(string name) => Order(name) is >= 0 and var i ? Entries[i].Title : name;
}
