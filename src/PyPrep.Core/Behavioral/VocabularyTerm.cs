namespace PyPrep.Core.Behavioral;

/// <summary>A tool or practice the coach recognises: the name it reports and the spellings that count.</summary>
public sealed record VocabularyTerm(string Name, IReadOnlyList<string> Spellings);
