# Put the nodes in a Python list, then relink them from both ends.
def reorder_list(head):
    nodes = []
    node = head
    while node is not None:
        nodes.append(node)
        node = node.next
    lo, hi = 0, len(nodes) - 1
    while lo < hi:
        nodes[lo].next = nodes[hi]
        lo += 1
        if lo == hi:
            break
        nodes[hi].next = nodes[lo]
        hi -= 1
    if nodes:
        nodes[lo].next = None
