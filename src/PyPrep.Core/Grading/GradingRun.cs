namespace PyPrep.Core.Grading;

/// <summary>
/// The outcome of grading one submission against a challenge: the verdict, each case, and whatever
/// the later phases (complexity, style) add.
/// </summary>
public sealed record GradingRun
{
    public required string Challenge { get; init; }
    public required Verdict Verdict { get; init; }
    public required IReadOnlyList<CaseResult> Cases { get; init; }
    /// <summary>Output the candidate's code wrote outside of any case (module level, raw fd writes).</summary>
    public string? Output { get; init; }
    /// <summary>Set when the whole run failed before any case ran (syntax error, import-time crash).</summary>
    public string? Error { get; init; }
    /// <summary>
    /// A library the challenge requires (<see cref="Content.Challenge.Requires"/>) that the sandbox
    /// could not import; no case ran.
    /// </summary>
    public string? MissingLibrary { get; init; }
    public double ElapsedMs { get; init; }
    public GradingMode Mode { get; init; } = GradingMode.Submit;
    /// <summary>Style findings from the syntax tree the grading sandbox sent, when the grader was asked for them.</summary>
    public Analysis.StyleReport? Style { get; init; }

    /// <summary>Index of the first case the sandbox never answered (it died or was killed there), if any.</summary>
    internal int? FirstUnanswered { get; init; }

    public int Passed => Cases.Count(c => c.Passed);
    public int Total => Cases.Count;
}
