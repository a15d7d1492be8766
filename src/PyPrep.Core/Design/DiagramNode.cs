namespace PyPrep.Core.Design;

/// <summary>A box of a reference diagram. <paramref name="Kind"/> picks its look: client, service, store, cache, queue, worker or external.</summary>
public sealed record DiagramNode(string Id, string Label, string Kind);
