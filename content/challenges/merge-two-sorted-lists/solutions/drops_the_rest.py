# A common slip: stopping when one list runs out and forgetting to attach
# the remainder of the other.
def merge_two_lists(l1, l2):
    dummy = tail = ListNode()  # noqa: F821 - provided by the harness
    while l1 is not None and l2 is not None:
        if l1.val <= l2.val:
            tail.next, l1 = l1, l1.next
        else:
            tail.next, l2 = l2, l2.next
        tail = tail.next
    return dummy.next
