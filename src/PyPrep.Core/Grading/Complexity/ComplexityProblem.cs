using PyPrep.Core.Content;

namespace PyPrep.Core.Grading.Complexity;

/// <summary>
/// What a measurement needs from a challenge: how to call the code, the trusted generator, the
/// expected class, and the reference solutions of known class to compare against.
/// </summary>
public sealed record ComplexityProblem
{
    public required string Slug { get; init; }
    public required string Entry { get; init; }
    /// <summary><c>function</c> or <c>class</c> (behaviour challenges are not timed).</summary>
    public string Kind { get; init; } = "function";
    /// <summary>Source of the trusted generator.py; null when the challenge has none.</summary>
    public string? Generator { get; init; }
    public ComplexityClass? Expected { get; init; }
    /// <summary>The expected complexity as written in challenge.yaml (it may name a class PyPrep does not measure, like O(n log k)).</summary>
    public string? ExpectedText { get; init; }
    public IReadOnlyList<ReferenceCode> References { get; init; } = [];

    /// <summary>A reference solution's code and its declared class.</summary>
    public sealed record ReferenceCode(string Name, string Code, ComplexityClass Class);

    /// <summary>
    /// The problem of a challenge. References are the solutions with a declared complexity that
    /// compute right answers (accepted, or too slow for the limits but correct).
    /// </summary>
    public static ComplexityProblem From(Challenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        var references = new List<ReferenceCode>();
        foreach (var solution in challenge.Solutions)
        {
            if (solution.ExpectedVerdict is not (Verdict.Accepted or Verdict.TimeLimitExceeded)) continue;
            if (ComplexityLabels.TryParse(solution.Complexity, out var complexity))
                references.Add(new ReferenceCode(solution.File, solution.Code, complexity));
        }
        return new ComplexityProblem
        {
            Slug = challenge.Slug,
            Entry = challenge.Entry,
            Kind = challenge.Kind == ChallengeKind.Class ? "class" : "function",
            Generator = challenge.Kind == ChallengeKind.Behavior ? null : challenge.Generator,
            Expected = ComplexityLabels.TryParse(challenge.ExpectedComplexity, out var expected) ? expected : null,
            ExpectedText = challenge.ExpectedComplexity,
            References = references,
        };
    }
}
