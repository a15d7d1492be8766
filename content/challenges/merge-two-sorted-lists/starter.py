# ListNode is provided: ListNode(val=0, next=None) with attributes .val and .next


def merge_two_lists(l1: "ListNode | None", l2: "ListNode | None") -> "ListNode | None":
    """Merge two sorted linked lists into one sorted list and return its head."""
    pass
