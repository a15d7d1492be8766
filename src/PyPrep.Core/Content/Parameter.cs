using PyPrep.Core.Values;

namespace PyPrep.Core.Content;

/// <summary>One parameter of a challenge's entry point.</summary>
public sealed record Parameter(string Name, TypeSpec Type);
