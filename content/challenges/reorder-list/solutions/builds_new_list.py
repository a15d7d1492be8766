# A common slip: building a correctly ordered new list and rebinding the local name,
# which leaves the caller's list exactly as it was.
def reorder_list(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    order = []
    lo, hi = 0, len(values) - 1
    while lo <= hi:
        order.append(values[lo])
        if lo != hi:
            order.append(values[hi])
        lo, hi = lo + 1, hi - 1
    head = None
    for v in reversed(order):
        head = ListNode(v, head)  # noqa: F821 - provided by the harness
