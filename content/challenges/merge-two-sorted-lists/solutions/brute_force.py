# Insert every node of l2 into l1, searching for its place from the head each time.
def merge_two_lists(l1, l2):
    head = l1
    while l2 is not None:
        node, l2 = l2, l2.next
        if head is None or node.val < head.val:
            node.next = head
            head = node
            continue
        spot = head
        while spot.next is not None and spot.next.val <= node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
    return head
