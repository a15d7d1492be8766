# Brute force: repeatedly walk to the tail, cut it off and append it to the result. O(n^2).
def reverse_list(head):
    new_head = new_tail = None
    while head is not None:
        prev, node = None, head
        while node.next is not None:
            prev, node = node, node.next
        if prev is None:
            head = None
        else:
            prev.next = None
        if new_head is None:
            new_head = new_tail = node
        else:
            new_tail.next = node
            new_tail = node
    return new_head
