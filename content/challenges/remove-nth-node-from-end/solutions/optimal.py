def remove_nth_from_end(head: "ListNode | None", n: int) -> "ListNode | None":
    dummy = ListNode(0, head)  # noqa: F821 - provided by the harness
    lead = trail = dummy
    for _ in range(n + 1):
        lead = lead.next
    # Keep the gap of n + 1: when lead runs off the end, trail is just before the target.
    while lead is not None:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return dummy.next
