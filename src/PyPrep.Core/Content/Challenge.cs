using PyPrep.Core.Grading;

namespace PyPrep.Core.Content;

/// <summary>A coding problem of the bank: what the candidate reads, and what the grader runs.</summary>
public sealed record Challenge
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required Difficulty Difficulty { get; init; }
    public required Level Level { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> Patterns { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>
    /// Python libraries outside the standard library the cases import (numpy, pandas), each from
    /// Debian's <c>python3-NAME</c> package; imported in the sandbox before the candidate's module.
    /// </summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
    public required ChallengeKind Kind { get; init; }
    public required string Entry { get; init; }
    public required Signature Signature { get; init; }
    public required string Checker { get; init; }
    public ResourceLimits Limits { get; init; } = ResourceLimits.Default;
    public string? ExpectedComplexity { get; init; }
    public IReadOnlyList<string> Hints { get; init; } = [];
    public required string Statement { get; init; }
    public string Walkthrough { get; init; } = "";
    public string Starter { get; init; } = "";
    /// <summary>Trusted Python prepended to behaviour snippets (helpers shared by all cases).</summary>
    public string? Prelude { get; init; }
    public string? Generator { get; init; }
    public required IReadOnlyList<TestCase> Cases { get; init; }
    public IReadOnlyList<ReferenceSolution> Solutions { get; init; } = [];
    public required string Directory { get; init; }

    /// <summary>
    /// The line in challenge.yaml of each top-level key (<c>hints</c>, <c>solutions</c>, ...), so
    /// problems found after loading can point at it; empty for a challenge not read from files.
    /// </summary>
    public IReadOnlyDictionary<string, int> MetaLines { get; init; } = new Dictionary<string, int>();

    public IEnumerable<TestCase> VisibleCases => Cases.Where(c => !c.Hidden);
}
