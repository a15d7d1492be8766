namespace PyPrep.Core.Concepts;

/// <summary>
/// A candidate's answer to one question, whatever its kind: <see cref="Text"/> is the predicted
/// output, <see cref="Selected"/> the chosen options (choice) or the key points covered
/// (short-answer, indexes from 0), <see cref="Code"/> the fixed code (spot-the-bug).
/// </summary>
public sealed record ConceptResponse(string? Text = null, IReadOnlyList<int>? Selected = null, string? Code = null);
