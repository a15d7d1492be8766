namespace PyPrep.Core.Design;

/// <summary>A boxes-and-arrows picture of a reference design, drawn by <see cref="DiagramSvg"/>.</summary>
public sealed record Diagram(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges)
{
    /// <summary>Node kinds the renderer knows how to draw.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["client", "service", "store", "cache", "queue", "worker", "external"];
}
