# Leaves the input alone: builds a reversed copy by pushing each value on the front.
def reverse_list(head):
    result = None
    while head:
        result = ListNode(head.val, result)
        head = head.next
    return result
