# Swaps the i-th and (n-1-i)-th values, finding each node by walking from the head: n walks.
def reverse_list(head):
    n, node = 0, head
    while node:
        n += 1
        node = node.next

    def at(index):
        node = head
        for _ in range(index):
            node = node.next
        return node

    for i in range(n // 2):
        a, b = at(i), at(n - 1 - i)
        a.val, b.val = b.val, a.val
    return head
