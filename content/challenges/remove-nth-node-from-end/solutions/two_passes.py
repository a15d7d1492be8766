# Count the nodes, then walk to the one before the target.
def remove_nth_from_end(head, n):
    length, node = 0, head
    while node is not None:
        length += 1
        node = node.next
    if n == length:
        return head.next
    before = head
    for _ in range(length - n - 1):
        before = before.next
    before.next = before.next.next
    return head
