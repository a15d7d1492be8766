# For each node, walk to the end to measure its distance from the end.
def remove_nth_from_end(head, n):
    prev, node = None, head
    while node is not None:
        distance, probe = 0, node
        while probe is not None:
            distance += 1
            probe = probe.next
        if distance == n:
            if prev is None:
                return node.next
            prev.next = node.next
            return head
        prev, node = node, node.next
    return head
