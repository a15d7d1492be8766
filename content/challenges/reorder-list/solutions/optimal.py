def reorder_list(head: "ListNode | None") -> None:
    if head is None or head.next is None:
        return
    # 1. Middle: slow ends at the last node of the first half.
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    # 2. Cut, then reverse the second half.
    prev, curr = None, slow.next
    slow.next = None
    while curr is not None:
        curr.next, prev, curr = prev, curr, curr.next
    # 3. Weave: one from the front, one from the reversed back.
    front, back = head, prev
    while back is not None:
        front_next, back_next = front.next, back.next
        front.next = back
        back.next = front_next
        front, back = front_next, back_next
