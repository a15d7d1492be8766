namespace PyPrep.Core.Values;

/// <summary>
/// A chain of <c>ListNode</c>s as plain values. <see cref="CycleAt"/> is the index the last node
/// points back to when the chain loops, so a cyclic answer can be shown instead of hanging.
/// </summary>
public sealed record PyLinkedList(IReadOnlyList<PyValue> Items, int? CycleAt = null) : PyValue
{
    public override string TypeName => "ListNode";

    public override string ToPython()
    {
        if (Items.Count == 0) return "None";
        var chain = string.Join(" -> ", Items.Select(i => i.ToPython()));
        return CycleAt is { } at ? $"{chain} -> (back to node {at})" : chain;
    }
}
