class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


def reverse_list(head):
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev
