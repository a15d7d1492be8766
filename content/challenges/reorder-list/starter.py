# ListNode is provided: ListNode(val=0, next=None) with attributes .val and .next


def reorder_list(head: "ListNode | None") -> None:
    """Relink L0 -> L1 -> ... -> Ln as L0 -> Ln -> L1 -> Ln-1 -> ..., in place."""
    pass
