using PyPrep.Core.Analysis;

namespace PyPrep.Cli.Style;

/// <summary>Style findings to show under a grading result, with the file they came from.</summary>
internal sealed record StyleSection(string File, string Code, IReadOnlyList<Finding> Findings);
