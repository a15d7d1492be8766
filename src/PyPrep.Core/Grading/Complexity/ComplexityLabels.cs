namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// The contract's labels for each class (<c>O(1)</c> … <c>O(2^n)</c>), the theoretical curve of each,
/// and the coarse groups a generic curve fit can tell apart reliably.
/// </summary>
public static class ComplexityLabels
{
    private static readonly string[] Labels = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"];

    /// <summary>Every class, simplest first.</summary>
    public static IReadOnlyList<ComplexityClass> All { get; } = Enum.GetValues<ComplexityClass>();

    public static string Label(ComplexityClass complexity) => Labels[(int)complexity];

    /// <summary>Reads a label as written in challenge.yaml; spaces and <c>²</c>/<c>³</c>/<c>ⁿ</c> are tolerated.</summary>
    public static bool TryParse(string? text, out ComplexityClass complexity)
    {
        complexity = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        // "O(n) time, O(1) memory": the time class comes first.
        if (text.IndexOf(',', StringComparison.Ordinal) is var comma and > 0) text = text[..comma];
        text = text.Trim();
        if (text.EndsWith(" time", StringComparison.OrdinalIgnoreCase)) text = text[..^" time".Length];
        // "O(n) average", "O(1) amortized": the qualifier does not change the class.
        foreach (var qualifier in new[] { " average", " amortized", " amortised", " expected" })
        {
            if (text.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase)) text = text[..^qualifier.Length];
        }
        var canonical = text.Replace(" ", "", StringComparison.Ordinal).Replace("²", "^2", StringComparison.Ordinal)
            .Replace("³", "^3", StringComparison.Ordinal).Replace("ⁿ", "^n", StringComparison.Ordinal).ToLowerInvariant();
        for (var i = 0; i < Labels.Length; i++)
        {
            if (Labels[i].Replace(" ", "", StringComparison.Ordinal).Equals(canonical, StringComparison.OrdinalIgnoreCase))
            {
                complexity = (ComplexityClass)i;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The coarse group: sublinear (1, log n), linear-ish (n, n log n), then n², n³ and 2ⁿ alone.
    /// Inside the first two groups timing differences are small enough that memory effects blur them.
    /// </summary>
    public static int Group(ComplexityClass complexity) => complexity switch
    {
        ComplexityClass.Constant or ComplexityClass.Logarithmic => 0,
        ComplexityClass.Linear or ComplexityClass.Linearithmic => 1,
        ComplexityClass.Quadratic => 2,
        ComplexityClass.Cubic => 3,
        _ => 4,
    };

    /// <summary>
    /// The class's curve at n divided by its value at <paramref name="scale"/> (the largest size
    /// measured), which keeps the fits well conditioned, and 2ⁿ finite.
    /// </summary>
    public static double Curve(ComplexityClass complexity, double n, double scale) => complexity switch
    {
        ComplexityClass.Constant => 1,
        ComplexityClass.Logarithmic => Log(n) / Log(scale),
        ComplexityClass.Linear => n / scale,
        ComplexityClass.Linearithmic => n * Log(n) / (scale * Log(scale)),
        ComplexityClass.Quadratic => n / scale * (n / scale),
        ComplexityClass.Cubic => Math.Pow(n / scale, 3),
        _ => Math.Pow(2, Math.Max(n - scale, -1000)),
    };

    // log2, kept away from zero so n = 1 still has a usable curve.
    private static double Log(double n) => Math.Log2(Math.Max(n, 2));
}
