# A common slip: two pointers without a dummy node. When the head is the node to
# remove, the lead pointer runs off the end early and the code removes the wrong node.
def remove_nth_from_end(head, n):
    lead = trail = head
    for _ in range(n):
        if lead.next is None:
            break
        lead = lead.next
    while lead.next is not None:
        lead, trail = lead.next, trail.next
    if trail.next is not None:
        trail.next = trail.next.next
    else:
        return None
    return head
