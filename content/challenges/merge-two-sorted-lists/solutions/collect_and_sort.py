# Copy the values out, sort, and build a fresh list: simple, but ignores that
# the inputs were already sorted and allocates new nodes.
def merge_two_lists(l1, l2):
    values = []
    for node in (l1, l2):
        while node is not None:
            values.append(node.val)
            node = node.next
    head = None
    for v in sorted(values, reverse=True):
        head = ListNode(v, head)  # noqa: F821 - provided by the harness
    return head
