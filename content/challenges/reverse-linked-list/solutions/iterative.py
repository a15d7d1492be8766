def reverse_list(head):
    prev, node = None, head
    while node is not None:
        nxt = node.next
        node.next = prev
        prev, node = node, nxt
    return prev
