namespace PyPrep.Core.Behavioral;

/// <summary>
/// The words the STAR coach looks for, kept as data in <c>content/behavioral/star-vocabulary.yaml</c>
/// so anyone can extend them without touching C#.
/// </summary>
public sealed record StarVocabulary
{
    /// <summary>Concrete tools, libraries and services (pytest, pydantic, Redis, ...).</summary>
    public IReadOnlyList<VocabularyTerm> Tools { get; init; } = [];

    /// <summary>Engineering practices (unit tests, CI, code review, ...).</summary>
    public IReadOnlyList<VocabularyTerm> Practices { get; init; } = [];

    /// <summary>Words that fill time ("um", "basically").</summary>
    public IReadOnlyList<string> Fillers { get; init; } = [];

    /// <summary>Words that weaken a claim ("I think", "maybe").</summary>
    public IReadOnlyList<string> Hedges { get; init; } = [];
}
