# ListNode is provided: ListNode(val=0, next=None) with attributes .val and .next


def remove_nth_from_end(head: "ListNode | None", n: int) -> "ListNode | None":
    """Remove the n-th node from the end of the list (n = 1 is the last) and return the head."""
    pass
