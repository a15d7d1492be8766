using PyPrep.Core.Values;

namespace PyPrep.Core.Grading;

/// <summary>What one test case yielded. Input and expected values are only shown for visible cases.</summary>
public sealed record CaseResult
{
    public required string Id { get; init; }
    public required bool Hidden { get; init; }
    /// <summary><see cref="Verdict.Accepted"/> means the case passed.</summary>
    public required Verdict Status { get; init; }
    public double TimeMs { get; init; }
    public string? Input { get; init; }
    public PyValue? Expected { get; init; }
    public PyValue? Actual { get; init; }
    public string? Stdout { get; init; }
    public string? Error { get; init; }
    /// <summary>A remark that does not fail the case, such as a tuple returned where a list was asked for.</summary>
    public string? Note { get; init; }

    public bool Passed => Status == Verdict.Accepted;
}
