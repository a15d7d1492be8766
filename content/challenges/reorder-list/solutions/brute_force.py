# Repeatedly detach the current tail and splice it in after the current node.
def reorder_list(head):
    node = head
    while node is not None and node.next is not None and node.next.next is not None:
        before_tail = node
        while before_tail.next.next is not None:
            before_tail = before_tail.next
        tail = before_tail.next
        before_tail.next = None
        tail.next = node.next
        node.next = tail
        node = tail.next
