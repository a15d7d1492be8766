# Correct but wasteful: copies every value and allocates a fresh node for each.
def reverse_list(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    new_head = None
    for value in values:
        new_head = ListNode(value, new_head)
    return new_head
