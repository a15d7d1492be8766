namespace PyPrep.Core.Design;

/// <summary>One rubric item judged against a worksheet, with the words that were found and the concepts that were not.</summary>
/// <param name="Item">The rubric item.</param>
/// <param name="Status">Covered in its section, found only elsewhere, or missing.</param>
/// <param name="Found">The words matched, as written in the worksheet (one per concept found).</param>
/// <param name="Missing">The concepts not found, each shown by its first spelling.</param>
/// <param name="FoundIn">The section where the words were found (its own, or another for <see cref="CoverageStatus.Elsewhere"/>).</param>
public sealed record ItemCoverage(RubricItem Item, CoverageStatus Status, IReadOnlyList<string> Found, IReadOnlyList<string> Missing, string? FoundIn);
