using PyPrep.Core.Grading;

namespace PyPrep.Core.Content;

/// <summary>A solution shipped with a challenge and the verdict the grader must give it.</summary>
public sealed record ReferenceSolution(string File, string Code, Verdict ExpectedVerdict, string? Complexity = null);
