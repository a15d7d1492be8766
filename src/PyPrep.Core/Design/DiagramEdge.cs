namespace PyPrep.Core.Design;

/// <summary>An arrow of a reference diagram, optionally labelled.</summary>
public sealed record DiagramEdge(string From, string To, string? Label);
