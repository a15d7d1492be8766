namespace PyPrep.Core.Concepts;

/// <summary>A topic of the concept bank: one YAML file and the items in it.</summary>
public sealed record ConceptTopic(string Id, string Title, string File, IReadOnlyList<ConceptItem> Items);
