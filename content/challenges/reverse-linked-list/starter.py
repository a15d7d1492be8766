def reverse_list(head: ListNode | None) -> ListNode | None:
    """Reverse the singly linked list starting at head and return the new head.

    ListNode(val=0, next=None) is provided by the platform.
    """
    pass
