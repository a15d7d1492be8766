def reverse_list(head):
    nodes = []
    while head:
        nodes.append(head)
        head = head.next
    if not nodes:
        return None
    for a, b in zip(reversed(nodes), reversed(nodes[:-1])):
        a.next = b
    nodes[0].next = None
    return nodes[-1]
