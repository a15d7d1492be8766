using PyPrep.Core.Grading;

namespace PyPrep.Core.Content;

/// <summary>
/// A solution shipped with a challenge and the verdict the grader must give it.
/// <see cref="Line"/> is where challenge.yaml declares it (0 when not read from a file).
/// </summary>
public sealed record ReferenceSolution(string File, string Code, Verdict ExpectedVerdict, string? Complexity = null, int Line = 0);
