# Keeps the nodes where they are and reverses their values instead.
def reverse_list(head):
    values = []
    node = head
    while node:
        values.append(node.val)
        node = node.next
    node = head
    while node:
        node.val = values.pop()
        node = node.next
    return head
