# Elegant, but one stack frame per node: a 100,000-node list passes the recursion limit.
def reverse_list(head):
    if head is None or head.next is None:
        return head
    rest = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return rest
