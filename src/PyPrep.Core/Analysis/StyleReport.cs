namespace PyPrep.Core.Analysis;

/// <summary>
/// The style verdict on one source: its findings, or why there are none to give (the code does not
/// parse, or the sandbox sent no tree).
/// </summary>
public sealed record StyleReport
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>Set when the code does not parse: "line 3: invalid syntax".</summary>
    public string? SyntaxError { get; init; }
    /// <summary>Set when no tree came back from the sandbox.</summary>
    public string? Error { get; init; }

    public bool Analyzed => SyntaxError is null && Error is null;
}
